import { useEffect, useState } from 'react';
import type { ReaderLinkResult } from '../core/formats/readerLink.ts';
import type { ReaderOptions } from '../app/url/readerUrl.ts';
import { ReaderView } from './ReaderView.tsx';

export interface ReaderAppProps {
  options: ReaderOptions;
  /** Fetches or decodes the timeline (see `loadTimeline`). */
  load: () => Promise<ReaderLinkResult>;
}

/** The reader page: the timeline once it is read, or why it cannot be shown. */
export function ReaderApp({ options, load }: ReaderAppProps) {
  const [result, setResult] = useState<ReaderLinkResult | null>(null);

  useEffect(() => {
    let live = true;
    void load().then((read) => {
      if (live) setResult(read);
    });
    return () => {
      live = false;
    };
  }, [load]);

  const style = options.height ? { height: options.height, overflow: 'auto' } : undefined;
  return (
    <div className="reader" style={style}>
      {result === null ? (
        <p className="reader-message" role="status">
          Loading the timeline…
        </p>
      ) : result.ok ? (
        <ReaderView timeline={result.value} initialEventId={options.eventId} />
      ) : (
        <div className="reader-message reader-error" role="alert">
          <p>{result.error}</p>
        </div>
      )}
    </div>
  );
}
