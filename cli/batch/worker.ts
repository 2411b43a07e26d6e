import { parentPort } from 'node:worker_threads';
import { answerLine } from './answer.ts';

/** A batch worker thread: answers the lines the main thread sends, tagged with their number. */
parentPort?.on('message', (task: { seq: number; line: string }) => {
  parentPort?.postMessage({ seq: task.seq, answer: answerLine(task.line) });
});
