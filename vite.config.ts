// Vite config of the map: the app lives in web/, the build goes to dist/web, which
// `papergraph serve` serves. In dev (`npx vite`), /graph.json is read from out/graph.json.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Dev only: serve the last built graph as /graph.json, like `papergraph serve out`. */
function devGraph(): Plugin {
  return {
    name: 'papergraph-dev-graph',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/overview.json', (_req, res) => {
        readFile(`${root}out/overview.json`).then(
          (body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          },
          () => {
            res.statusCode = 204;
            res.end();
          },
        );
      });
      server.middlewares.use('/graph.json', (_req, res) => {
        readFile(`${root}out/graph.json`).then(
          (body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          },
          () => {
            res.statusCode = 404;
            res.end('No out/graph.json: run papergraph build seeds/papers.txt --out out\n');
          },
        );
      });
    },
  };
}

export default defineConfig({
  root: `${root}web`,
  base: './',
  plugins: [react(), devGraph()],
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    // No inline scripts or data: URLs in the output: the server's CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
