// Presentational: `<aside aria-label="Node details">` for the selected node: type,
// aliases, papers by relation, base models and descendants, evidence, neighbours.
// Every string from the graph is rendered as a React text child, never as HTML.

import type { ReactNode } from 'react';
import type { EdgeType } from '../../src/types.js';
import type { EvidenceRow, LinkedRef, NodeDetails, NodeRef } from '../data/details.js';
import { PANEL_TABS, type PanelTab } from '../data/hash-state.js';
import { NodeLink } from './node-link.js';

export interface DetailsPanelProps {
  details: NodeDetails | undefined;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
  onClose: () => void;
  /** The lineage tree, shown in its own tab. */
  lineage: ReactNode;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  /** The build that first added the node, when "New since" counts it as new. */
  newIn?: string | null;
}

const PAPER_GROUPS: { edge: EdgeType; title: string }[] = [
  { edge: 'introduces', title: 'Introduced by' },
  { edge: 'builds_on', title: 'Built on by' },
  { edge: 'evaluated_on', title: 'Evaluated on it' },
  { edge: 'addresses', title: 'Papers addressing it' },
  { edge: 'covers_language', title: 'Papers covering it' },
  { edge: 'mentions', title: 'Mentioned by' },
];

const ENTITY_GROUPS: { edge: EdgeType; title: string }[] = [
  { edge: 'introduces', title: 'Introduces' },
  { edge: 'builds_on', title: 'Builds on' },
  { edge: 'evaluated_on', title: 'Evaluated on' },
  { edge: 'addresses', title: 'Addresses' },
  { edge: 'covers_language', title: 'Languages' },
  { edge: 'mentions', title: 'Mentions' },
];

const EDGE_PHRASES: Record<EdgeType, [string, string]> = {
  // [phrase when the selected node is the source, phrase when it is the target]
  introduces: ['introduces', 'introduced by'],
  mentions: ['mentions', 'mentioned by'],
  builds_on: ['builds on', 'built on by'],
  derived_from: ['derived from', 'base of'],
  variant_of: ['variant of', 'has variant'],
  evaluated_on: ['evaluated on', 'evaluates'],
  addresses: ['addresses', 'addressed by'],
  covers_language: ['covers', 'covered by'],
};

const MAX_EVIDENCE = 40;

interface LinkProps {
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
}

function RefList({ refs, hrefFor, onNavigate }: { refs: NodeRef[] | LinkedRef[] } & LinkProps) {
  return (
    <ul className="ref-list">
      {refs.map((r) => (
        <li key={r.key}>
          <NodeLink node={r} hrefFor={hrefFor} onNavigate={onNavigate} />
          {'relation' in r && r.relation ? <span className="relation"> ({r.relation})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function EvidenceList({ rows, ...links }: { rows: EvidenceRow[] } & LinkProps) {
  const shown = rows.slice(0, MAX_EVIDENCE);
  return (
    <ol className="evidence">
      {shown.map((row, i) => (
        <li key={`${row.edge}-${row.other.key}-${row.paper}-${i}`}>
          <div className="evidence-head">
            <span className="edge-phrase">{EDGE_PHRASES[row.edge][row.direction === 'out' ? 0 : 1]}</span>{' '}
            <NodeLink node={row.other} {...links} />
          </div>
          <blockquote>{row.sentence}</blockquote>
          <div className="evidence-source">
            from{' '}
            <NodeLink node={{ key: row.paper, label: row.paperTitle, type: 'paper' }} {...links} />{' '}
            <span className="rule" title="extractor rule">
              [{row.rule}]
            </span>
          </div>
        </li>
      ))}
      {rows.length > shown.length ? <li className="more">…and {rows.length - shown.length} more</li> : null}
    </ol>
  );
}

function Details({ details, ...links }: { details: NodeDetails } & LinkProps) {
  const isPaper = details.node.type === 'paper';
  return (
    <>
      {isPaper && details.title !== details.node.label ? <p className="paper-title">{details.title}</p> : null}
      <dl className="facts">
        <dt>Type</dt>
        <dd>{details.node.type}</dd>
        {details.aliases.length ? (
          <>
            <dt>Also called</dt>
            <dd>{details.aliases.join(', ')}</dd>
          </>
        ) : null}
        {!isPaper ? (
          <>
            <dt>Papers</dt>
            <dd>{details.papersCount}</dd>
          </>
        ) : null}
        {details.published ? (
          <>
            <dt>Published</dt>
            <dd>{details.published}</dd>
          </>
        ) : null}
        {details.authors?.length ? (
          <>
            <dt>Authors</dt>
            <dd>{details.authors.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {details.url && /^https?:\/\//i.test(details.url) ? (
        <p>
          <a href={details.url} target="_blank" rel="noopener noreferrer">
            Open the paper
          </a>
        </p>
      ) : null}
      {details.baseModels.length ? (
        <Section title="Base models">
          <RefList refs={details.baseModels} {...links} />
        </Section>
      ) : null}
      {details.descendants.length ? (
        <Section title="Descendants">
          <RefList refs={details.descendants} {...links} />
        </Section>
      ) : null}
      {details.variants.length ? (
        <Section title="Variants">
          <RefList refs={details.variants} {...links} />
        </Section>
      ) : null}
      {(isPaper ? ENTITY_GROUPS : PAPER_GROUPS).map(({ edge, title }) => {
        const refs = (isPaper ? details.entities : details.papers)[edge];
        return refs?.length ? (
          <Section key={edge} title={`${title} (${refs.length})`}>
            <RefList refs={refs} {...links} />
          </Section>
        ) : null;
      })}
      {/* After the entity lists: an abstract is long and the lists are what the map links. */}
      {details.abstract ? (
        <Section title="Abstract">
          <p className="abstract">{details.abstract}</p>
        </Section>
      ) : null}
      {details.evidence.length ? (
        <Section title={`Evidence (${details.evidence.length})`}>
          <EvidenceList rows={details.evidence} {...links} />
        </Section>
      ) : null}
      {details.neighbours.length ? (
        <Section title={`Neighbours (${details.neighbours.length})`}>
          <RefList refs={details.neighbours} {...links} />
        </Section>
      ) : null}
    </>
  );
}

export function DetailsPanel({ details, hrefFor, onNavigate, onClose, lineage, tab, onTab, newIn = null }: DetailsPanelProps) {
  return (
    <aside aria-label="Node details" className="details">
      {details ? (
        <>
          <header className="details-head">
            <h2>{details.node.label}</h2>
            {newIn !== null ? (
              <span className="badge-new" title={`first added in build ${newIn}`}>
                new<span className="visually-hidden"> in build {newIn}</span>
              </span>
            ) : null}
            <button type="button" className="close" onClick={onClose} aria-label="Close details">
              ×
            </button>
          </header>
          <div className="tabs" role="tablist" aria-label="Panel view">
            {PANEL_TABS.map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => onTab(t)}>
                {t === 'details' ? 'Details' : 'Lineage'}
              </button>
            ))}
          </div>
          <div className="details-body" role="tabpanel" aria-label={tab === 'details' ? 'Details' : 'Lineage'}>
            {tab === 'details' ? <Details details={details} hrefFor={hrefFor} onNavigate={onNavigate} /> : lineage}
          </div>
        </>
      ) : (
        <div className="details-empty">
          <h2>Nothing selected</h2>
          <p>Search for a model, or click a node on the map, to see its papers, lineage and evidence.</p>
        </div>
      )}
    </aside>
  );
}
