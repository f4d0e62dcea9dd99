// Types for graphology-gexf's DOM-free writer module. The package's `browser` entry also
// builds a DOMParser-based parser at import time, which throws in Node, so the shared
// writer test imports only the writer file, which ships without its own declaration.
declare module 'graphology-gexf/browser/writer.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';

  export default function write<
    NodeAttributes extends Attributes = Attributes,
    EdgeAttributes extends Attributes = Attributes,
    FormattedNodeAttributes extends Attributes = Attributes,
    FormattedEdgeAttributes extends Attributes = Attributes,
  >(
    graph: Graph<NodeAttributes, EdgeAttributes>,
    options?: GexfWriterOptions<NodeAttributes, EdgeAttributes, FormattedNodeAttributes, FormattedEdgeAttributes>,
  ): string;
}
