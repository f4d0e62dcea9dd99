// Test helpers: run the three independent GEXF readers (xmllint with the official RELAX NG
// grammar, NetworkX's read_gexf, graphology-gexf's parser) on a GEXF string.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The official grammar, in the shared folder cloned beside the repository. */
export const GEXF_RNG = resolve(REPO, '../shared/gexf-schema/1.3/gexf.rng');

export function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-gexf-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** xmllint's verdict: ok, and its messages when not. */
export function validateRelaxNg(file: string): { ok: boolean; messages: string } {
  const run = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint not runnable (install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, messages: run.stderr };
}

/**
 * NetworkX before 3.6 knows GEXF 1.1draft and 1.2draft only; 3.6 added the 1.3 entry
 * (networkx/networkx#8196). `shim13` registers that same entry when it is missing.
 */
const NETWORKX_SCRIPT = `
import sys, json
import networkx as nx
from networkx.readwrite import gexf
if sys.argv[2] == "shim13" and "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
g = nx.read_gexf(sys.argv[1])
nodes = {n: {"viz": d.get("viz"), "type": d.get("type"), "label": d.get("label")} for n, d in g.nodes(data=True)}
if g.is_multigraph():
    edges = [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)]
else:
    edges = [[u, v, d.get("id"), d] for u, v, d in g.edges(data=True)]
print(json.dumps({"class": type(g).__name__, "version": nx.__version__, "nodes": nodes, "edges": edges}))
`;

const color = z.object({ r: z.number(), g: z.number(), b: z.number(), a: z.number().optional() });
const networkxResult = z.object({
  class: z.string(),
  version: z.string(),
  nodes: z.record(
    z.string(),
    z.object({
      viz: z
        .object({
          color: color.optional(),
          size: z.number().optional(),
          position: z.object({ x: z.number(), y: z.number(), z: z.number().optional() }).optional(),
        })
        .nullish(),
      type: z.string().nullish(),
      label: z.string().nullish(),
    }),
  ),
  edges: z.array(z.tuple([z.string(), z.string(), z.string(), z.record(z.string(), z.union([z.string(), z.number()]))])),
});
export type NetworkxResult = z.infer<typeof networkxResult>;

/** Load a GEXF file with /usr/bin/python3's networkx; throws with Python's message on failure. */
export function readWithNetworkx(file: string, mode: 'shim13' | 'plain' = 'shim13'): NetworkxResult {
  const out = execFileSync('/usr/bin/python3', ['-c', NETWORKX_SCRIPT, file, mode], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return networkxResult.parse(JSON.parse(out));
}
