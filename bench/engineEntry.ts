/** What the speed benchmarks time: the engine's two entry points (see engineBundle.ts). */
export { extractArticle } from '../src/core/extract/index.ts';
export { extractTimexes } from '../src/core/extract/timex/index.ts';
