// graphology-gexf's own writer run on a graph, the reference gexfChunks is compared with: the
// same format functions, stand-in elements first that use every attribute the graph uses,
// so the writer declares what gexfChunks declares.
import write from 'graphology-gexf/browser/writer.js';
import { columnsFor, listValue, NODE_ATTRIBUTES } from '../../../graph/attributes.js';
import { formatGexfEdge, formatGexfNode, type GexfVersion } from '../../../graph/export/gexf.js';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '../../../graph/schema.js';

/** Key of the stand-in elements. */
export const MODEL_KEY = '__papergraph_gexf_model__';

/** Optional text and list attributes of nodes, from the attribute table. */
export const OPTIONAL_NODE_TEXT_COLUMNS = columnsFor(NODE_ATTRIBUTES, 'gexf').filter((c) => !c.spec.required && c.spec.kind === 'string');
const OPTIONAL_NODE_TEXT = OPTIONAL_NODE_TEXT_COLUMNS.map((c) => c.attribute);
const OPTIONAL_NODE_LISTS = columnsFor(NODE_ATTRIBUTES, 'gexf')
  .filter((c) => !c.spec.required && c.spec.kind === 'list')
  .map((c) => c.attribute);

/** Stand-in attributes that use every optional attribute some node or edge of the graph uses. */
export function modelAttributes(graph: PaperGraph): { node: NodeAttributes; edge: EdgeAttributes } {
  const node: NodeAttributes = { type: 'model', label: 'model', aliases: [], papers: 0, x: 0, y: 0, size: 1, color: '#999999' };
  graph.forEachNode((_key, a) => {
    for (const name of OPTIONAL_NODE_TEXT) if (a[name]) Object.assign(node, { [name]: 'x' });
    for (const name of OPTIONAL_NODE_LISTS) if (listValue(a[name])?.length) Object.assign(node, { [name]: ['x'] });
  });
  const edge: EdgeAttributes = { type: 'mentions', weight: 1, evidence: [] };
  graph.forEachEdge((_key, a) => {
    if (a.relation) edge.relation = a.relation;
  });
  return { node, edge };
}

/** graphology-gexf's document for `graph` with our format functions. */
export function writeRaw(graph: PaperGraph, version: GexfVersion, pretty: boolean): string {
  return write<NodeAttributes, EdgeAttributes>(graph, {
    version: version === '1.3' ? '1.3' : '1.2',
    pretty,
    pedantic: true,
    formatNode: formatGexfNode(version),
    formatEdge: formatGexfEdge(version),
  });
}
