// A batch worker thread: lets Node load the TypeScript sources (as cli/bin.mjs does for the
// main thread; loader hooks are per thread), then answers lines.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
