// Vite config of the map: the app lives in web/, the build goes to dist/web, which
// `papergraph serve` serves. In dev (`npx vite`), /graph.json is read from out/graph.json.
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** A JSON file of out/; `missing` is the answer when it is not there. */
function outFile(file: string, missing: { status: number; body: string }): Connect.NextHandleFunction {
  return (_req, res) => {
    readFile(`${root}out/${file}`).then(
      (body) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      },
      () => {
        res.statusCode = missing.status;
        res.end(missing.body);
      },
    );
  };
}

/** Dev only: serve the last built graph as /graph.json (and its overview), like `papergraph serve out`. */
function devGraph(): Plugin {
  return {
    name: 'papergraph-dev-graph',
    apply: 'serve',
    configureServer(server) {
      // No overview is not an error: small graphs have none (serve answers 204 too).
      server.middlewares.use('/overview.json', outFile('overview.json', { status: 204, body: '' }));
      server.middlewares.use(
        '/graph.json',
        outFile('graph.json', { status: 404, body: 'No out/graph.json: run papergraph build seeds/papers.txt --out out\n' }),
      );
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
