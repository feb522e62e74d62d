// Builds the explorer from client/index.html into dist/client; in development it proxies /api to the local server.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

export const DEFAULT_API_TARGET = 'http://127.0.0.1:3000';

/**
 * The boot script (client/boot.ts) starts the page's first request (a shared link's Cypher, or the story) while the
 * app's bundle loads (client/api/early-request.ts). In the build it is bundled on its own (esbuild, one IIFE of
 * ~1 KB) and written into index.html as an inline script at the top of <head>: a classic script runs as the parser meets
 * it, so the request leaves with the page's first bytes, where a module script waits for the whole document and for
 * its own file and import to load (~150–200 ms later on a loaded 2-core machine). The server allows that script by
 * its hash (server/http/inline-scripts.ts). In development the module itself is loaded, as Vite serves it.
 */
function bootEntry(): Plugin {
  return {
    name: 'talent-graph-boot-entry',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) {
          return [{ tag: 'script', attrs: { type: 'module', src: '/boot.ts' }, injectTo: 'head-prepend' }];
        }
        const built = await esbuild({
          entryPoints: [fileURLToPath(new URL('./client/boot.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          logLevel: 'silent',
        });
        const code = built.outputFiles[0]?.text.trim();
        if (!code) throw new Error('vite: esbuild wrote nothing for the boot script (client/boot.ts)');
        // The HTML parser ends a script at the first "</script"; esbuild's output never has one, but say so if it did.
        if (/<\/script/i.test(code))
          throw new Error('vite: the boot script contains "</script" and cannot be inlined');
        // Right after <meta charset>, which must stay within the document's first 1,024 bytes.
        const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
        if (!charset)
          throw new Error(
            'vite: client/index.html has no <meta charset="utf-8"> to put the boot script after',
          );
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <script>${code}</script>${html.slice(at)}`;
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
    rollupOptions: { input: { index: 'client/index.html' } },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': { target: process.env.API_TARGET ?? DEFAULT_API_TARGET, changeOrigin: false } },
  },
});
