import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { standalonePage, trimVisTimeline, trimVisTimelineCss, visEsnext } from './vite.shared.ts';

/**
 * The reader as one self-contained HTML file (code and styles inlined), the template the
 * app's "Standalone HTML" export fills with a timeline. Built after the site, into
 * dist/standalone/reader.html.
 */
export default defineConfig({
  plugins: [
    react(),
    trimVisTimelineCss(),
    trimVisTimeline(),
    viteSingleFile({ removeViteModuleLoader: true }),
    standalonePage(),
  ],
  base: './',
  resolve: { alias: visEsnext },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/standalone',
    emptyOutDir: true,
    rollupOptions: { input: 'reader.html' },
  },
});
