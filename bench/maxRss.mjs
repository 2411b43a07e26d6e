// Loaded with `node --import` by bench/extract-memory.ts: on exit, writes the process's
// peak resident memory (getrusage, all threads) to the file named by BENCH_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_MAX_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
