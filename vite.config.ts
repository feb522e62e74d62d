// Builds the explorer from client/index.html into dist/client; in development it proxies /api to the local server.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

export const DEFAULT_API_TARGET = 'http://127.0.0.1:3000';

/**
 * The boot script (client/boot.ts) is its own entry, loaded before the app's bundle: it starts a shared link's
 * Cypher request while the bundle loads (client/api/early-request.ts). Vite would merge every module script of
 * index.html into one entry, so the boot entry is built apart and its script tag added to the page here.
 */
function bootEntry(): Plugin {
  return {
    name: 'talent-graph-boot-entry',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = ctx.bundle
          ? Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot')
          : undefined;
        const src = ctx.bundle ? (chunk ? `/${chunk.fileName}` : null) : '/boot.ts';
        if (!src) throw new Error('vite: the boot entry (client/boot.ts) is missing from the bundle');
        return [{ tag: 'script', attrs: { type: 'module', src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  root: 'client',
  base: '/',
  publicDir: false,
  // Each asset is also written gzip- and brotli-compressed, once, at build time: the server sends those files as they
  // are (server/app.ts) instead of compressing the bundle again for every page load, which cost ~20 ms of the
  // server's CPU per load of the main chunk, on the path of the first frame. The HTML stays plain (it is tiny and
  // sent with no-cache).
  plugins: [
    react(),
    bootEntry(),
    compression({
      algorithms: ['gzip', 'brotliCompress'],
      threshold: 1024,
      exclude: /\.html$/,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    // The Cypher editor (CodeMirror + Neo4j's Cypher language) is one on-demand chunk of ~1.1 MB; the initial
    // chunk is ~0.55 MB. A warning past 1.2 MB means something big slipped into a chunk.
    chunkSizeWarningLimit: 1_200,
    target: 'es2022',
    rollupOptions: { input: { index: 'client/index.html', boot: 'client/boot.ts' } },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': { target: process.env.API_TARGET ?? DEFAULT_API_TARGET, changeOrigin: false } },
  },
});
