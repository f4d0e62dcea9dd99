// The part of the view that lives in the URL hash: selection, the family on show, filters
// (types, new since, publication dates), size and colour modes, panel tab. Nodes are named
// as people type them (`#node=BERT`) or by key; the app resolves the name.
// Pure parse/format functions; reading and writing `location` happens in the app shell.

import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../../src/types.js';

export const SIZE_MODES = ['papers', 'degree'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

export const PANEL_TABS = ['details', 'lineage'] as const;

/** Colour nodes by type, or models by family (lineage mode). */
export const COLOR_MODES = ['family', 'type'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
export type PanelTab = (typeof PANEL_TABS)[number];

export interface HashState {
  selected: string | null;
  /** A model whose family the family view shows. */
  family: string | null;
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
  sizeBy: SizeMode;
  colorBy: ColorMode;
  tab: PanelTab;
  /** Build label of the "New since" filter. */
  newSince: string | null;
  /** Publication-date range (YYYY-MM-DD, inclusive). */
  from: string | null;
  to: string | null;
}

export const DEFAULT_HASH_STATE: HashState = {
  selected: null,
  family: null,
  hiddenNodeTypes: new Set(),
  hiddenEdgeTypes: new Set(),
  sizeBy: 'papers',
  colorBy: 'family',
  tab: 'details',
  newSince: null,
  from: null,
  to: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string | null {
  return value !== null && ISO_DATE.test(value) ? value : null;
}

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => a === value);
}

function pickAll<T extends string>(allowed: readonly T[], value: string | null): Set<T> {
  const out = new Set<T>();
  for (const part of (value ?? '').split(',')) {
    const found = pick(allowed, part);
    if (found) out.add(found);
  }
  return out;
}

/** Read a hash such as `#node=model%3Abiobert&hide=paper`; unknown values are dropped. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const node = params.get('node');
  return {
    selected: node ? node : null,
    family: params.get('family') || null,
    hiddenNodeTypes: pickAll(NODE_TYPES, params.get('hide')),
    hiddenEdgeTypes: pickAll(EDGE_TYPES, params.get('hideEdges')),
    sizeBy: pick(SIZE_MODES, params.get('size')) ?? DEFAULT_HASH_STATE.sizeBy,
    colorBy: pick(COLOR_MODES, params.get('color')) ?? DEFAULT_HASH_STATE.colorBy,
    tab: pick(PANEL_TABS, params.get('tab')) ?? DEFAULT_HASH_STATE.tab,
    newSince: params.get('since') || null,
    from: date(params.get('from')),
    to: date(params.get('to')),
  };
}

/** The hash for a state, leaving out defaults; '' when everything is default. */
export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.family) params.set('family', state.family);
  const hide = NODE_TYPES.filter((t) => state.hiddenNodeTypes.has(t));
  if (hide.length) params.set('hide', hide.join(','));
  const hideEdges = EDGE_TYPES.filter((t) => state.hiddenEdgeTypes.has(t));
  if (hideEdges.length) params.set('hideEdges', hideEdges.join(','));
  if (state.sizeBy !== DEFAULT_HASH_STATE.sizeBy) params.set('size', state.sizeBy);
  if (state.colorBy !== DEFAULT_HASH_STATE.colorBy) params.set('color', state.colorBy);
  if (state.tab !== DEFAULT_HASH_STATE.tab) params.set('tab', state.tab);
  if (state.newSince) params.set('since', state.newSince);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const text = params.toString();
  return text ? `#${text}` : '';
}
