// The map's node search lives in graph/query (one query layer: the map and /api/search share it).
export * from '../../graph/query/search.js';
