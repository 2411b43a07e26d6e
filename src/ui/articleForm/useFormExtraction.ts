import { useCallback, useEffect, useRef, useState } from 'react';
import type { Extraction, ExtractProgress } from '../../core/extract/index.ts';
import type { Article } from '../../core/model/index.ts';
import { runExtraction, type ExtractionRun } from '../../app/extraction/extractClient.ts';

export type FormExtraction =
  | { status: 'idle' }
  | { status: 'running'; progress: ExtractProgress | null }
  | { status: 'failed'; message: string };

/**
 * Runs the engine in a worker for the form, with progress and a way to cancel; the
 * worker is stopped when the form goes away.
 */
export function useFormExtraction() {
  const [state, setState] = useState<FormExtraction>({ status: 'idle' });
  const run = useRef<ExtractionRun | null>(null);

  const cancel = useCallback(() => {
    run.current?.cancel();
    run.current = null;
    setState({ status: 'idle' });
  }, []);

  const start = useCallback(async (article: Article): Promise<Extraction | null> => {
    run.current?.cancel();
    setState({ status: 'running', progress: null });
    const current = runExtraction(article, undefined, {
      onProgress: (progress) => {
        if (run.current === current) setState({ status: 'running', progress });
      },
      // For bench/paste-5mb.ts: the engine's own time beside the whole run's.
      onTiming: (timing) => performance.mark('datelines:extraction-timing', { detail: timing }),
    });
    run.current = current;
    try {
      const result = await current.result;
      if (run.current !== current) return null;
      run.current = null;
      setState({ status: 'idle' });
      return result;
    } catch (error) {
      if (run.current === current) {
        run.current = null;
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
      return null;
    }
  }, []);

  useEffect(() => () => run.current?.cancel(), []);

  return { state, start, cancel };
}
