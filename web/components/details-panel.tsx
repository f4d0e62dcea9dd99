// Presentational: `<aside aria-label="Node details">` for the selected node: type,
// aliases, family, parents and children, papers (each once), evidence (each sentence once
// with all its relations), neighbours. The data is graph/query's nodeDetails.
// Every string from the graph is rendered as a React text child, never as HTML.

import type { ReactNode } from 'react';
import { LINEAGE_KIND_PHRASES, type PaperLink } from '../../graph/query/index.js';
import type { EdgeType } from '../../src/types.js';
import type { EvidenceGroup, LineageRef, NodeDetails, NodeRef } from '../data/details.js';
import { PANEL_TABS, type PanelTab } from '../data/hash-state.js';
import { NodeLink } from './node-link.js';

export interface DetailsPanelProps {
  details: NodeDetails | undefined;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
  onClose: () => void;
  /** Opens the family view of a model. */
  onShowFamily: (key: string) => void;
  /** The lineage tree, shown in its own tab. */
  lineage: ReactNode;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  /** The build that first added the node, when "New since" counts it as new. */
  newIn?: string | null;
}

/** Each paper is listed once, under its strongest relation (graph/query orders them). */
const PAPER_GROUPS: { edge: EdgeType; title: string }[] = [
  { edge: 'introduces', title: 'Introduced by' },
  { edge: 'builds_on', title: 'Built on by' },
  { edge: 'mentions', title: 'Mentioned by' },
  { edge: 'evaluated_on', title: 'Evaluated on it' },
  { edge: 'addresses', title: 'Papers addressing it' },
  { edge: 'covers_language', title: 'Papers covering it' },
  { edge: 'derived_from', title: 'Lineage stated by' },
  { edge: 'variant_of', title: 'Variants named by' },
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

function RefList({ refs, hrefFor, onNavigate }: { refs: readonly NodeRef[] } & LinkProps) {
  return (
    <ul className="ref-list">
      {refs.map((r) => (
        <li key={r.key}>
          <NodeLink node={r} hrefFor={hrefFor} onNavigate={onNavigate} />
        </li>
      ))}
    </ul>
  );
}

function LineageList({ refs, up, ...links }: { refs: readonly LineageRef[]; up: boolean } & LinkProps) {
  return (
    <ul className="ref-list">
      {refs.map((r) => (
        <li key={r.edge}>
          {up ? <span className="relation">{LINEAGE_KIND_PHRASES[r.relation]} </span> : null}
          <NodeLink node={r} {...links} />
          {up ? null : <span className="relation"> ({r.relation})</span>}
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

function EvidenceList({ groups, ...links }: { groups: readonly EvidenceGroup[] } & LinkProps) {
  const shown = groups.slice(0, MAX_EVIDENCE);
  return (
    <ol className="evidence">
      {shown.map((group) => (
        <li key={`${group.paper}-${group.sentence}`}>
          <div className="evidence-head">
            {group.relations.map((r, i) => (
              <span key={`${r.edgeType}-${r.direction}-${r.other.key}`} className="evidence-relation">
                {i ? ' · ' : ''}
                <span className="edge-phrase">
                  {EDGE_PHRASES[r.edgeType][r.direction === 'out' ? 0 : 1]}
                  {r.relation && r.relation !== 'variant' && r.relation !== 'derived' ? ` (${r.relation})` : ''}
                </span>{' '}
                <NodeLink node={r.other} {...links} />
              </span>
            ))}
          </div>
          <blockquote>{group.sentence}</blockquote>
          <div className="evidence-source">
            from <NodeLink node={{ key: group.paper, label: group.paperTitle, type: 'paper' }} {...links} />{' '}
            <span className="rule" title="extractor rule">
              [{[...new Set(group.relations.map((r) => r.rule))].join(', ')}]
            </span>
          </div>
        </li>
      ))}
      {groups.length > shown.length ? <li className="more">…and {groups.length - shown.length} more</li> : null}
    </ol>
  );
}

function paperGroups(papers: readonly PaperLink[]): Partial<Record<EdgeType, NodeRef[]>> {
  const groups: Partial<Record<EdgeType, NodeRef[]>> = {};
  for (const p of papers) {
    const strongest = p.relations[0];
    if (!strongest) continue;
    (groups[strongest] ??= []).push({ key: p.key, label: p.title, type: 'paper' });
  }
  return groups;
}

function Details({ details, onShowFamily, ...links }: { details: NodeDetails; onShowFamily: (key: string) => void } & LinkProps) {
  const { attributes, family } = details;
  const isPaper = details.node.type === 'paper';
  const groups = isPaper ? details.entities : paperGroups(details.papers);
  const title = attributes.title ?? attributes.label;
  const kinds = family ? Object.entries(family.descendants.byKind).map(([kind, n]) => `${n} ${kind}`) : [];
  return (
    <>
      {isPaper && title !== details.node.label ? <p className="paper-title">{title}</p> : null}
      <dl className="facts">
        <dt>Type</dt>
        <dd>{details.node.type}</dd>
        {attributes.aliases.length ? (
          <>
            <dt>Also called</dt>
            <dd>{attributes.aliases.join(', ')}</dd>
          </>
        ) : null}
        {!isPaper ? (
          <>
            <dt>Papers</dt>
            <dd>{attributes.papers}</dd>
          </>
        ) : null}
        {attributes.published ? (
          <>
            <dt>Published</dt>
            <dd>{attributes.published}</dd>
          </>
        ) : null}
        {attributes.authors?.length ? (
          <>
            <dt>Authors</dt>
            <dd>{attributes.authors.join(', ')}</dd>
          </>
        ) : null}
        {family ? (
          <>
            <dt>Family</dt>
            <dd>
              <NodeLink node={family.root} {...links} />
              {family.descendants.total ? ` · ${family.descendants.total} below (${kinds.join(', ')})` : ''}{' '}
              <button type="button" className="link-button" onClick={() => onShowFamily(details.key)}>
                Show family tree
              </button>
            </dd>
          </>
        ) : null}
      </dl>
      {attributes.url && /^https?:\/\//i.test(attributes.url) ? (
        <p>
          <a href={attributes.url} target="_blank" rel="noopener noreferrer">
            Open the paper
          </a>
        </p>
      ) : null}
      {details.parents.length ? (
        <Section title={`Parents (${details.parents.length})`}>
          <LineageList refs={details.parents} up {...links} />
        </Section>
      ) : null}
      {details.children.length ? (
        <Section title={`Children (${details.children.length})`}>
          <LineageList refs={details.children} up={false} {...links} />
        </Section>
      ) : null}
      {(isPaper ? ENTITY_GROUPS : PAPER_GROUPS).map(({ edge, title: groupTitle }) => {
        const refs = groups[edge];
        return refs?.length ? (
          <Section key={edge} title={`${groupTitle} (${refs.length})`}>
            <RefList refs={refs} {...links} />
          </Section>
        ) : null;
      })}
      {/* After the entity lists: an abstract is long and the lists are what the map links. */}
      {attributes.abstract ? (
        <Section title="Abstract">
          <p className="abstract">{attributes.abstract}</p>
        </Section>
      ) : null}
      {details.evidence.length ? (
        <Section title={`Evidence (${details.evidence.length})`}>
          <EvidenceList groups={details.evidence} {...links} />
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

export function DetailsPanel({ details, hrefFor, onNavigate, onClose, onShowFamily, lineage, tab, onTab, newIn = null }: DetailsPanelProps) {
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
            {tab === 'details' ? <Details details={details} hrefFor={hrefFor} onNavigate={onNavigate} onShowFamily={onShowFamily} /> : lineage}
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
