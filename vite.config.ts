import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** Pages the build writes: the app, and entries not linked from it (one per line). */
const pages = {
  main: fileURLToPath(new URL('./index.html', import.meta.url)),
  bench: fileURLToPath(new URL('./bench.html', import.meta.url)),
};

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built app also works from a sub-folder or an iframe host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: pages,
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
