// Builds the explorer from client/index.html into dist/client; in development it proxies /api to the local server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const DEFAULT_API_TARGET = 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'client',
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    // The Cypher editor (CodeMirror + Neo4j's Cypher language) is one on-demand chunk of ~1.1 MB; the initial
    // chunk is ~0.55 MB. A warning past 1.2 MB means something big slipped into a chunk.
    chunkSizeWarningLimit: 1_200,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': { target: process.env.API_TARGET ?? DEFAULT_API_TARGET, changeOrigin: false } },
  },
});
