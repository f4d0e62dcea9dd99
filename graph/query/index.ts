// Queries over a PaperGraph: find, neighbours, lineage, families, node details, papers,
// shortest path. Every surface (CLI, library, map, HTTP) calls these. Re-exports only.
export { findNode, findNodes, resolveNode, suggest, suggestAmong, nameForms, editDistance, namesOf, NodeNotFoundError } from './find-node.js';
export type { FindOptions, NamedNode, SuggestOptions } from './find-node.js';
export { citeEvidence } from './evidence.js';
export type { CitedEvidence } from './evidence.js';
export { neighbours, DIRECTIONS, DEFAULT_NEIGHBOUR_OPTIONS } from './neighbours.js';
export type { Direction, Link, Neighbour, NeighbourOptions } from './neighbours.js';
export { lineage, flattenLineage, LINEAGE_DIRECTIONS, DEFAULT_LINEAGE_OPTIONS } from './lineage.js';
export type { Lineage, LineageDirection, LineageOptions, LineageStep } from './lineage.js';
export {
  LINEAGE_EDGE_TYPES,
  LINEAGE_KINDS,
  LINEAGE_KIND_PHRASES,
  childLinks,
  hasLineage,
  isLineageEdgeType,
  lineageKind,
  parentLinks,
} from './lineage-links.js';
export type { LineageEdgeType, LineageKind, LineageLink } from './lineage-links.js';
export { family, families, familyRoot, familyRoots, descendantCounts, DEFAULT_FAMILY_OPTIONS } from './family.js';
export type { DescendantCounts, Family, FamilyLink, FamilyMember, FamilyOptions, FamilySummary } from './family.js';
export { nodeDetails, nodeRef } from './node-details.js';
export type { DataAttributes, EvidenceGroup, LineageRef, NodeDetails, NodeRef, ShownEdge } from './node-details.js';
export { papersFor, PAPER_RELATION_ORDER } from './papers-for.js';
export type { PaperLink, PapersForOptions } from './papers-for.js';
export { shortestPath, shortestPathKeys, pathView } from './shortest-path.js';
export type { PathEdge, PathStep, PathView, ShortestPathOptions } from './shortest-path.js';
export { createSearchIndex, searchEntry, searchNodes, DEFAULT_SUGGESTION_LIMIT } from './search.js';
export type { SearchIndex, Suggestion } from './search.js';
