// Presentational: the lineage of the selected node as two nested lists, ancestors
// (what it was derived from) and descendants (what was derived from it).

import type { LineageNode } from '../data/lineage.js';
import { NodeLink } from './node-link.js';

export interface LineageTreeProps {
  up: LineageNode;
  down: LineageNode;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
}

interface BranchProps {
  node: LineageNode;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
}

function Branch({ node, hrefFor, onNavigate }: BranchProps) {
  return (
    <ul className="tree">
      {node.children.map((child) => (
        <li key={child.key}>
          <NodeLink node={{ key: child.key, label: child.label, type: 'model' }} hrefFor={hrefFor} onNavigate={onNavigate} />
          {child.relation ? <span className="relation"> ({child.relation})</span> : null}
          {child.repeated ? <span className="relation"> (shown above)</span> : null}
          {child.children.length ? <Branch node={child} hrefFor={hrefFor} onNavigate={onNavigate} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function LineageTree({ up, down, hrefFor, onNavigate }: LineageTreeProps) {
  const none = !up.children.length && !down.children.length;
  return (
    <div className="lineage">
      {none ? <p>No derived_from links for {up.label} in this graph.</p> : null}
      {up.children.length ? (
        <section>
          <h3>Derived from</h3>
          <Branch node={up} hrefFor={hrefFor} onNavigate={onNavigate} />
        </section>
      ) : null}
      {down.children.length ? (
        <section>
          <h3>Models derived from {up.label}</h3>
          <Branch node={down} hrefFor={hrefFor} onNavigate={onNavigate} />
        </section>
      ) : null}
    </div>
  );
}
