// Why the build's Barnes-Hut theta is 1.2: times 4 ForceAtlas2 passes from the seed
// positions with theta 0.5 and 1.2, and how far each lands from 4 exact passes.
// Usage: tsx bench/layout-theta.ts bench/out/run-10000-1/graph.json  (after npm run bench)

import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seedPositions } from '../graph/seed-positions.js';
import { loadGraph } from '../src/io/load-graph.js';

const file = process.argv[2] ?? 'bench/out/run-10000-1/graph.json';
const seeded = loadGraph(file);
seedPositions(seeded);
const exact = seeded.copy();
forceAtlas2.assign(exact, { iterations: 4, settings: { ...forceAtlas2.inferSettings(exact), barnesHutOptimize: false }, getEdgeWeight: null });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
// Each theta twice, alternating, so JIT warm-up does not favour the later one; the second run counts.
for (const theta of [1.2, 0.5, 1.2, 0.5]) {
  const graph = seeded.copy();
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta: theta };
  const start = performance.now();
  forceAtlas2.assign(graph, { iterations: 4, settings, getEdgeWeight: null });
  const ms = performance.now() - start;
  const distances = graph.mapNodes((key, a) => Math.hypot(a.x - exact.getNodeAttribute(key, 'x'), a.y - exact.getNodeAttribute(key, 'y')));
  distances.sort((a, b) => a - b);
  process.stdout.write(
    `theta ${theta}: ${ms.toFixed(0)} ms for 4 passes on ${graph.order} nodes; distance from exact FA2 median ${percentile(distances, 0.5).toFixed(1)}, p99 ${percentile(distances, 0.99).toFixed(1)}\n`,
  );
}
