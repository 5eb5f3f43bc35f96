import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from files (app:// in Electron, a local file server in the
// browser harness), so every asset path is relative and nothing is fetched from a CDN.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
