// Exporters of a PaperGraph to other formats; each returns strings. Re-exports only.
export { EXPORTS, EXPORT_FORMATS, GRAPH_JSON, isExportFormat } from './formats.js';
export type { ExportFormat, ExportFormatSpec, ExportOptions, ExportOutput, ExportText } from './formats.js';
export { toGexf, gexfChunks, formatGexfList, GEXF_VERSIONS, DEFAULT_GEXF_OPTIONS } from './gexf.js';
export { graphJsonChunks } from './graph-json.js';
export type { GexfOptions, GexfVersion } from './gexf.js';
export { toGraphml } from './graphml.js';
export { toCsv, csvField, csvArray, NEO4J_LABELS, neo4jType } from './csv.js';
export type { CsvExport } from './csv.js';
export { toNodeLink, toNodeLinkJson } from './json.js';
export { NODE_LINK_EDGE_KEYS } from './json.js';
export type { NodeLinkJson, NodeLinkEdge, NodeLinkEdgeKey, NodeLinkOptions } from './json.js';
export { parseColor, toHex, toRgbString } from './color.js';
export type { Rgba } from './color.js';
