import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, HOSTED_CSP, visEsnext } from './vite.shared.ts';

/** Every page of the site, one entry each (the reader imports no engine, editor or storage). */
const PAGES = {
  index: 'index.html',
  reader: 'reader.html',
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(HOSTED_CSP)],
  // Relative asset paths so the built app also works from a sub-folder or an iframe host.
  base: './',
  resolve: { alias: visEsnext },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Which files each page loads, for the size benchmark (bench/reader-size.ts).
    manifest: true,
    rollupOptions: { input: PAGES },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
