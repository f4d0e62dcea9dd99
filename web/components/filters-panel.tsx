// Presentational: the legend, which doubles as the filters (a checkbox per node type and
// per edge type, with its colour and count), and the size mode.

import type { ReactNode } from 'react';
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../../src/types.js';
import { EDGE_COLORS } from '../data/palette.js';
import { COLOR_MODES, SIZE_MODES, type ColorMode, type SizeMode } from '../data/hash-state.js';
import type { FamilyLegendEntry } from '../data/palette.js';

export interface FiltersPanelProps {
  colors: Record<NodeType, string>;
  nodeCounts: Record<NodeType, number>;
  edgeCounts: Record<EdgeType, number>;
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
  onToggleNodeType: (type: NodeType) => void;
  onToggleEdgeType: (type: EdgeType) => void;
  sizeBy: SizeMode;
  onSizeBy: (mode: SizeMode) => void;
  colorBy: ColorMode;
  onColorBy: (mode: ColorMode) => void;
  /** Lineage mode: the coloured families, largest first. */
  families: readonly FamilyLegendEntry[];
  onShowFamily: (root: string) => void;
  /** More filters (new since, publication dates), after the size mode. */
  children?: ReactNode;
}

const EDGE_NAMES: Record<EdgeType, string> = {
  introduces: 'introduces',
  mentions: 'mentions',
  builds_on: 'builds on',
  derived_from: 'derived from (lineage)',
  variant_of: 'variant of',
  evaluated_on: 'evaluated on',
  addresses: 'addresses',
  covers_language: 'covers language',
};

export function FiltersPanel(props: FiltersPanelProps) {
  const { nodeCounts, edgeCounts, hiddenNodeTypes, hiddenEdgeTypes, sizeBy } = props;
  const colors = props.colors;
  return (
    <nav className="filters" aria-label="Legend and filters">
      <fieldset>
        <legend>Node types</legend>
        {NODE_TYPES.map((type) => (
          <label key={type} className="filter-row">
            <input type="checkbox" checked={!hiddenNodeTypes.has(type)} onChange={() => props.onToggleNodeType(type)} aria-label={`Show ${type} nodes`} />
            <span className="swatch node" style={{ background: colors[type] }} aria-hidden="true" />
            <span className="filter-name">{type}</span>
            <span className="count">{nodeCounts[type]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Edge types</legend>
        {EDGE_TYPES.map((type) => (
          <label key={type} className="filter-row">
            <input
              type="checkbox"
              checked={!hiddenEdgeTypes.has(type)}
              onChange={() => props.onToggleEdgeType(type)}
              aria-label={`Show ${EDGE_NAMES[type]} edges`}
            />
            <span className="swatch edge" style={{ background: EDGE_COLORS[type] }} aria-hidden="true" />
            <span className="filter-name">{EDGE_NAMES[type]}</span>
            <span className="count">{edgeCounts[type]}</span>
          </label>
        ))}
      </fieldset>
      <label className="size-by">
        Size by{' '}
        <select value={sizeBy} onChange={(e) => props.onSizeBy(SIZE_MODES.find((m) => m === e.target.value) ?? sizeBy)}>
          <option value="papers">papers</option>
          <option value="degree">links (degree)</option>
        </select>
      </label>
      <label className="size-by">
        Colour by{' '}
        <select value={props.colorBy} onChange={(e) => props.onColorBy(COLOR_MODES.find((m) => m === e.target.value) ?? props.colorBy)}>
          <option value="family">family (lineage)</option>
          <option value="type">type</option>
        </select>
      </label>
      {props.colorBy === 'family' && props.families.length ? (
        <fieldset className="family-list">
          <legend>Largest families</legend>
          <ul>
            {props.families.map((f) => (
              <li key={f.root}>
                <span className="swatch node" style={{ background: f.color }} aria-hidden="true" />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onShowFamily(f.root)}
                  aria-label={`Show the ${f.label} family (${f.size} models)`}
                >
                  {f.label}
                </button>
                <span className="count">{f.size}</span>
              </li>
            ))}
          </ul>
          <p className="time-note">Other nodes are drawn pale. Click a family for its tree.</p>
        </fieldset>
      ) : null}
      {props.children}
    </nav>
  );
}
