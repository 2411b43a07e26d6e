import { importAnswers, storedAnswers } from './openJob.ts';
import type { OpenRequest, OpenResponse } from './openProtocol.ts';
import type { OpenWorkerLike } from './openClient.ts';

/**
 * For tests: a worker that answers as the real one does (the same job functions), each
 * answer in a task of its own, from `stored` for stored timelines.
 */
export class FakeOpenWorker implements OpenWorkerLike {
  onmessage: ((event: MessageEvent<OpenResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: OpenRequest[] = [];
  terminated = false;

  constructor(
    private readonly stored: Record<string, { revision: number; document: unknown }> = {},
    private readonly pieceSize = 2,
  ) {}

  postMessage(request: OpenRequest) {
    this.requests.push(request);
    void this.answer(request).then(async (answers) => {
      for (const data of answers) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (this.terminated) return;
        // Cloned, as a real message is.
        this.onmessage?.({ data: structuredClone(data) } as MessageEvent<OpenResponse>);
      }
    });
  }

  terminate() {
    this.terminated = true;
  }

  private async answer(request: OpenRequest): Promise<OpenResponse[]> {
    if (request.kind === 'stored')
      return storedAnswers(request.id, this.stored[request.timelineId] ?? null, this.pieceSize);
    const text = await request.file.text();
    return importAnswers(
      request.id,
      text,
      { fileName: request.fileName, now: request.now },
      this.pieceSize,
    );
  }
}

/** For tests: a worker that stops with an error as soon as it is asked anything. */
export class BrokenOpenWorker implements OpenWorkerLike {
  onmessage: ((event: MessageEvent<OpenResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage() {
    queueMicrotask(() => this.onerror?.({ message: 'boom' } as ErrorEvent));
  }
  terminate() {
    this.terminated = true;
  }
}
