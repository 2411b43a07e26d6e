import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  HOSTED_CSP,
  preloadLazyChunk,
  trimVisTimeline,
  trimVisTimelineCss,
  visEsnext,
} from './vite.shared.ts';

/**
 * The pages of the app's build, one entry each. The reader (reader.html) is built on its
 * own by vite.reader.config.ts, so that it shares no chunk with the app (see there).
 */
const PAGES = {
  index: 'index.html',
  // Not linked from the app: a generated timeline for the scale benchmarks (bench/scale.ts).
  bench: 'bench.html',
};

export default defineConfig({
  plugins: [
    react(),
    trimVisTimelineCss(),
    trimVisTimeline(),
    // The bench page measures the drawing: it asks for its chunk with the page, as the
    // reader does (the app itself draws the list and article first).
    preloadLazyChunk('/src/ui/timeline/TimelineCanvas.tsx', 'bench.html'),
    contentSecurityPolicy(HOSTED_CSP),
  ],
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
