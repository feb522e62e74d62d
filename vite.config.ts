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
    chunkSizeWarningLimit: 2_500,
    target: 'es2022',
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': { target: process.env.API_TARGET ?? DEFAULT_API_TARGET, changeOrigin: false } },
  },
});
