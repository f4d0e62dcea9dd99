// Presentational: the Lineage tab: the selected model's family, then two nested lists,
// ancestors (what it was made from, what it is a variant of) and descendants, each step
// with its relation. The data is graph/query's lineage, as the CLI prints it.

import { LINEAGE_KIND_PHRASES, type Lineage, type LineageStep } from '../../graph/query/index.js';
import { NodeLink } from './node-link.js';

export interface LineageTreeProps {
  lineage: Lineage;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
  /** Opens the family view of the model's family. */
  onShowFamily: (key: string) => void;
}

interface BranchProps {
  steps: readonly LineageStep[];
  up: boolean;
  lineageLabel: string;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
}

function Branch({ steps, up, lineageLabel, hrefFor, onNavigate }: BranchProps) {
  return (
    <ul className="tree">
      {steps.map((step) => (
        <li key={`${step.edge}-${step.key}`}>
          <NodeLink node={step} hrefFor={hrefFor} onNavigate={onNavigate} />
          <span className={`relation kind-${step.relation}`} title={up ? `${lineageLabel} is ${LINEAGE_KIND_PHRASES[step.relation]} ${step.label}` : undefined}>
            {' '}
            ({step.relation})
          </span>
          {step.repeated ? <span className="relation"> (shown above)</span> : null}
          {step.children.length && !step.repeated ? (
            <Branch steps={step.children} up={up} lineageLabel={step.label} hrefFor={hrefFor} onNavigate={onNavigate} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function LineageTree({ lineage, hrefFor, onNavigate, onShowFamily }: LineageTreeProps) {
  const { ancestors, descendants, family } = lineage;
  const none = !ancestors.length && !descendants.length;
  const kinds = Object.entries(family.descendants.byKind).map(([kind, n]) => `${n} ${kind}`);
  return (
    <div className="lineage">
      {none ? (
        <p>No lineage for {lineage.label} in this graph: nothing is recorded as made from it, a variant of it, or its base.</p>
      ) : (
        <p className="family-line">
          Family of <strong>{family.rootLabel}</strong>
          {family.descendants.total ? ` · ${family.descendants.total} below ${lineage.label} (${kinds.join(', ')})` : ''}{' '}
          <button type="button" onClick={() => onShowFamily(lineage.key)}>
            Show family tree
          </button>
        </p>
      )}
      {ancestors.length ? (
        <section>
          <h3>Made from</h3>
          <Branch steps={ancestors} up lineageLabel={lineage.label} hrefFor={hrefFor} onNavigate={onNavigate} />
        </section>
      ) : null}
      {descendants.length ? (
        <section>
          <h3>Built from {lineage.label}</h3>
          <Branch steps={descendants} up={false} lineageLabel={lineage.label} hrefFor={hrefFor} onNavigate={onNavigate} />
        </section>
      ) : null}
    </div>
  );
}
