import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  HOSTED_CSP,
  preloadLazyChunk,
  trimVisTimelineCss,
  trimVisTimeline,
  visEsnext,
} from './vite.shared.ts';

/**
 * The reader view (reader.html), built on its own into dist/ beside the app. In one
 * multi-page build, every module both pages use goes into a shared chunk holding what
 * either page needs from it: zod's core schemas for the app's classic zod, fflate's
 * deflate for the Embed dialog. That cost the reader about 11 KB gzip; built alone it
 * loads only its own code.
 */
export default defineConfig({
  plugins: [
    react(),
    trimVisTimelineCss(),
    trimVisTimeline(),
    // The timeline drawing is a chunk of its own (the list and details paint first), asked
    // for with the page.
    preloadLazyChunk('/src/ui/timeline/TimelineCanvas.tsx'),
    contentSecurityPolicy(HOSTED_CSP),
  ],
  base: './',
  resolve: { alias: visEsnext },
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    outDir: 'dist',
    emptyOutDir: false,
    // Which files the reader loads, for the size benchmark (bench/reader-size.ts).
    manifest: '.vite/reader-manifest.json',
    rollupOptions: { input: { reader: 'reader.html' } },
  },
});
