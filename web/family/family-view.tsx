// Presentational: the family view, one model family drawn as a layered tree in SVG (layout
// from graph/family-layout.ts): parents above children, edges coloured and labelled by
// relation, descendant counts in the boxes, the evidence of an edge on click. Pans and
// zooms (buttons, wheel, drag, keyboard); every box and edge drawn is reachable with Tab.
// A big family (hundreds of models on the real stream) draws only what is in view, and
// its boxes without text while the text would be too small to read (see `detailOf`).

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { LINEAGE_KIND_COLORS, NODE_COLORS } from '../../graph/appearance.js';
import { FAMILY_LAYOUT, type DrawnGroup, type DrawnLink, type DrawnMember, type FamilyDrawing } from '../../graph/family-layout.js';
import { LINEAGE_KIND_PHRASES, type Family, type LineageKind } from '../../graph/query/index.js';
import { NodeLink } from '../components/node-link.js';

export interface FamilyViewProps {
  family: Family;
  drawing: FamilyDrawing;
  selected: string | null;
  onSelect: (key: string) => void;
  onBack: () => void;
  hrefFor: (key: string) => string;
  onNavigate: (key: string) => void;
  /** Draw every box and name, whatever the zoom (for a PNG of the whole family). */
  complete?: boolean;
}

interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const ZOOM_STEP = 1.4;
const PAN_STEP = 0.15;
/** A big family is drawn by level of detail, and only where in view. */
const DETAIL_MIN_MEMBERS = FAMILY_LAYOUT.bigFamily;
/** Below this many screen pixels per drawing unit, labels (13 units) would be under ~5 px. */
const READABLE_SCALE = 0.4;
/** Room drawn around the view, as a share of its size, so a pan shows no empty edge. */
const VIEW_MARGIN = 0.25;

export type Detail = 'full' | 'boxes';

/** What to draw: everything for a small family; for a big one, labels only when readable. */
export function detailOf(memberCount: number, pixelsPerUnit: number): Detail {
  return memberCount < DETAIL_MIN_MEMBERS || pixelsPerUnit >= READABLE_SCALE ? 'full' : 'boxes';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the SVG shows of the drawing, grown by VIEW_MARGIN on every side. With
 * preserveAspectRatio "meet" that is more than the view box along one axis: the view box is
 * fitted into the element and centred.
 */
export function drawnArea(v: ViewBox, screen: { width: number; height: number } | null): Box {
  const aspect = screen && screen.width > 0 && screen.height > 0 ? screen.width / screen.height : v.w / v.h;
  const w = Math.max(v.w, v.h * aspect);
  const h = Math.max(v.h, v.w / aspect);
  const cx = v.x + v.w / 2;
  const cy = v.y + v.h / 2;
  const halfW = (w / 2) * (1 + 2 * VIEW_MARGIN);
  const halfH = (h / 2) * (1 + 2 * VIEW_MARGIN);
  return { left: cx - halfW, top: cy - halfH, right: cx + halfW, bottom: cy + halfH };
}

function meets(area: Box, box: Box): boolean {
  return box.left <= area.right && box.right >= area.left && box.top <= area.bottom && box.bottom >= area.top;
}

function memberBox(m: DrawnMember): Box {
  return { left: m.x - m.width / 2, top: m.y - m.height / 2, right: m.x + m.width / 2, bottom: m.y + m.height / 2 };
}

function linkBox(l: DrawnLink): Box {
  const xs = [...l.points.map((p) => p.x), l.labelX - l.labelWidth / 2, l.labelX + l.labelWidth / 2];
  const ys = [...l.points.map((p) => p.y), l.labelY];
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The drawing's extent, with a little room around it. */
export function fitBox(drawing: FamilyDrawing): ViewBox {
  return { x: 0, y: 0, w: Math.max(200, drawing.width), h: Math.max(120, drawing.height) };
}

function zoomed(v: ViewBox, factor: number, cx = v.x + v.w / 2, cy = v.y + v.h / 2): ViewBox {
  return { x: cx - (cx - v.x) / factor, y: cy - (cy - v.y) / factor, w: v.w / factor, h: v.h / factor };
}

function kindsLine(byKind: Partial<Record<LineageKind, number>>): string {
  return Object.entries(byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

function MemberBox({ m, selected, onSelect, detail }: { m: DrawnMember; selected: boolean; onSelect: (key: string) => void; detail: Detail }) {
  const L = FAMILY_LAYOUT;
  const left = m.x - m.width / 2;
  const top = m.y - m.height / 2;
  const color = NODE_COLORS[m.type];
  const counts = m.counts.total ? `, ${m.counts.total} below: ${kindsLine(m.counts.byKind)}` : '';
  const what = m.outside ? ', parent from another family' : m.generation === 0 ? ', family root' : '';
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(m.key);
    }
  };
  return (
    <g
      className={`family-member${selected ? ' selected' : ''}${m.outside ? ' outside' : ''}`}
      data-key={m.key}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={`${m.label}${what}${counts}`}
      onClick={() => onSelect(m.key)}
      onKeyDown={onKey}
    >
      <title>{`${m.label}${what}${counts}${m.introduced ? ' (introduced by a paper here)' : ''}`}</title>
      <rect
        x={left}
        y={top}
        width={m.width}
        height={m.height}
        rx={6}
        fill={selected ? '#fff4d6' : m.generation === 0 && !m.outside ? '#e8f1f8' : '#ffffff'}
        stroke={m.outside ? '#9aa5b1' : color}
        strokeWidth={selected ? 3 : m.introduced ? 2 : 1.2}
        strokeDasharray={m.outside ? '4 3' : undefined}
      />
      {detail === 'full' ? (
        <text className="member-label" x={left + L.padding} y={m.y} dominantBaseline="central" fontSize={L.fontSize} fill="#1f2933">
          {m.label}
        </text>
      ) : null}
      {detail === 'full' && m.counts.total ? (
        <text x={left + m.width - L.padding} y={m.y} dominantBaseline="central" textAnchor="end" fontSize={11} fill="#52606d">
          {`▾${m.counts.total}`}
        </text>
      ) : null}
    </g>
  );
}

function LinkPath({
  link,
  active,
  onPick,
  labelOf,
  detail,
}: {
  link: DrawnLink;
  active: boolean;
  onPick: (edge: string) => void;
  labelOf: (key: string) => string;
  detail: Detail;
}) {
  const color = LINEAGE_KIND_COLORS[link.kind];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(link.edge);
    }
  };
  const h = FAMILY_LAYOUT.edgeLabelHeight;
  return (
    <g
      className={`family-link${active ? ' active' : ''}`}
      data-edge={link.edge}
      role="button"
      tabIndex={0}
      aria-pressed={active}
      aria-label={`${labelOf(link.child)} ${LINEAGE_KIND_PHRASES[link.kind]} ${labelOf(link.parent)}: show evidence`}
      onClick={() => onPick(link.edge)}
      onKeyDown={onKey}
    >
      {detail === 'full' ? <path d={path(link.points)} fill="none" stroke="transparent" strokeWidth={12} /> : null}
      <path
        d={path(link.points)}
        fill="none"
        stroke={color}
        strokeWidth={active ? 3.5 : 2}
        strokeDasharray={link.edgeType === 'variant_of' ? '6 4' : undefined}
        markerEnd={`url(#arrow-${link.kind})`}
      />
      {detail === 'full' ? (
        <>
          <rect
            x={link.labelX - link.labelWidth / 2}
            y={link.labelY - h / 2}
            width={link.labelWidth}
            height={h}
            rx={3}
            fill="#ffffff"
            stroke={color}
            strokeWidth={0.8}
          />
          <text className="link-label" x={link.labelX} y={link.labelY} dominantBaseline="central" textAnchor="middle" fontSize={11} fill="#1f2933">
            {link.label}
          </text>
        </>
      ) : null}
    </g>
  );
}

/** The frame of a grid of leaf children and the trunk into it, coloured by their relation when they share one. */
function GroupFrame({ group, parentLabel }: { group: DrawnGroup; parentLabel: string }) {
  const color = group.kinds.length === 1 ? LINEAGE_KIND_COLORS[group.kinds[0]!] : '#7b8794';
  return (
    <g className="family-group" aria-hidden="true">
      <title>{`${group.count} models made from ${parentLabel}: ${group.kinds.join(', ')}`}</title>
      <path
        d={path(group.points)}
        fill="none"
        stroke={color}
        strokeWidth={2}
        markerEnd={group.kinds.length === 1 ? `url(#arrow-${group.kinds[0]})` : undefined}
      />
      <rect
        x={group.x - group.width / 2}
        y={group.y - group.height / 2}
        width={group.width}
        height={group.height}
        rx={8}
        fill="#f8fafc"
        stroke={color}
        strokeWidth={1}
        strokeDasharray="5 4"
      />
    </g>
  );
}

export function FamilyView({ family, drawing, selected, onSelect, onBack, hrefFor, onNavigate, complete = false }: FamilyViewProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<ViewBox>(() => fitBox(drawing));
  const [picked, setPicked] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; view: ViewBox } | null>(null);
  useEffect(() => {
    setView(fitBox(drawing));
    setPicked(null);
  }, [drawing]);

  // The drawing's size on screen, for the level of detail.
  const [screen, setScreen] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      setScreen((s) => (s && s.width === box.width && s.height === box.height ? s : { width: box.width, height: box.height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The box or edge with keyboard focus stays drawn when the view pans away from it.
  const [focused, setFocused] = useState<string | null>(null);
  const cull = drawing.members.length >= DETAIL_MIN_MEMBERS && !complete;
  const pixelsPerUnit = screen ? Math.min(screen.width / view.w, screen.height / view.h) : 0;
  const detail = complete ? 'full' : detailOf(drawing.members.length, pixelsPerUnit);
  const area = drawnArea(view, screen);
  const members = cull ? drawing.members.filter((m) => m.key === selected || m.key === focused || meets(area, memberBox(m))) : drawing.members;
  const links = cull ? drawing.links.filter((l) => l.edge === picked || l.edge === focused || meets(area, linkBox(l))) : drawing.links;
  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const item = e.target instanceof Element ? e.target.closest('[data-key], [data-edge]') : null;
    setFocused(item?.getAttribute('data-key') ?? item?.getAttribute('data-edge') ?? null);
  };

  const labels = new Map(drawing.members.map((m) => [m.key, m.label]));
  const labelOf = (key: string) => labels.get(key) ?? key;
  const link = picked ? drawing.links.find((l) => l.edge === picked) : undefined;
  const root = drawing.members.find((m) => m.key === family.root);
  const kinds = [...new Set(drawing.links.map((l) => l.kind))];

  /** SVG units per CSS pixel (the drawing keeps its aspect ratio). */
  const unitsPerPixel = useCallback(() => {
    const box = svg.current?.getBoundingClientRect();
    return box && box.width && box.height ? Math.max(view.w / box.width, view.h / box.height) : 1;
  }, [view]);

  // Wheel zoom around the pointer; a native listener, since React's wheel events are passive.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const ctm = el.getScreenCTM();
      const p = ctm ? new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse()) : undefined;
      setView((v) => zoomed(v, event.deltaY < 0 ? 1.15 : 1 / 1.15, p?.x, p?.y));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.target instanceof Element && e.target.closest('[role="button"]')) return;
    drag.current = { x: e.clientX, y: e.clientY, view };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const k = unitsPerPixel();
    setView({ ...start.view, x: start.view.x - (e.clientX - start.x) * k, y: start.view.y - (e.clientY - start.y) * k });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx * v.w * PAN_STEP, y: v.y + dy * v.h * PAN_STEP }));
    const actions: Record<string, () => void> = {
      '+': () => setView((v) => zoomed(v, ZOOM_STEP)),
      '=': () => setView((v) => zoomed(v, ZOOM_STEP)),
      '-': () => setView((v) => zoomed(v, 1 / ZOOM_STEP)),
      '0': () => setView(fitBox(drawing)),
      ArrowLeft: () => pan(-1, 0),
      ArrowRight: () => pan(1, 0),
      ArrowUp: () => pan(0, -1),
      ArrowDown: () => pan(0, 1),
    };
    const action = actions[e.key];
    if (action && !(e.target instanceof HTMLInputElement)) {
      e.preventDefault();
      action();
    }
  };

  return (
    <section className="family-view" aria-label={`Family of ${family.rootLabel}`} onKeyDown={onKeyDown}>
      <header className="family-head">
        <button type="button" onClick={onBack}>
          ← Back to the map
        </button>
        <h2>Family of {family.rootLabel}</h2>
        <p className="family-counts">
          {drawing.members.filter((m) => !m.outside).length} models
          {root?.counts.total ? ` · below ${family.rootLabel}: ${kindsLine(root.counts.byKind)}` : ''}
          {family.omitted ? ` · ${family.omitted} more not drawn` : ''}
        </p>
        <div className="zoom-buttons" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" onClick={() => setView((v) => zoomed(v, ZOOM_STEP))}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => setView((v) => zoomed(v, 1 / ZOOM_STEP))}>
            −
          </button>
          <button type="button" aria-label="Fit the family" onClick={() => setView(fitBox(drawing))}>
            Fit
          </button>
        </div>
      </header>
      <ul className="family-legend" aria-label="Relations">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="swatch edge" style={{ background: LINEAGE_KIND_COLORS[kind] }} aria-hidden="true" /> {kind}
          </li>
        ))}
      </ul>
      <svg
        ref={svg}
        id="family-svg"
        className="family-svg"
        viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
        preserveAspectRatio="xMidYMid meet"
        aria-label={`Tree of the ${family.rootLabel} family; parents above children`}
        onFocus={onFocus}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <defs>
          {kinds.map((kind) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill={LINEAGE_KIND_COLORS[kind]} />
            </marker>
          ))}
        </defs>
        <g className="groups">
          {drawing.groups.map((group) => (
            <GroupFrame key={group.parent} group={group} parentLabel={labelOf(group.parent)} />
          ))}
        </g>
        <g className="links">
          {links.map((l) => (
            <LinkPath key={l.edge} link={l} active={l.edge === picked} onPick={setPicked} labelOf={labelOf} detail={detail} />
          ))}
        </g>
        <g className="members">
          {members.map((m) => (
            <MemberBox key={m.key} m={m} selected={m.key === selected} onSelect={onSelect} detail={detail} />
          ))}
        </g>
      </svg>
      {link ? (
        <section className="family-evidence" aria-label="Edge evidence">
          <header>
            <strong>
              {labelOf(link.child)} <span className="relation">{LINEAGE_KIND_PHRASES[link.kind]}</span> {labelOf(link.parent)}
            </strong>
            <button type="button" className="close" aria-label="Close evidence" onClick={() => setPicked(null)}>
              ×
            </button>
          </header>
          <ol className="evidence">
            {link.evidence.map((e) => (
              <li key={`${e.paper}-${e.sentence}`}>
                <blockquote>{e.sentence}</blockquote>
                <div className="evidence-source">
                  from <NodeLink node={{ key: e.paper, label: e.paperTitle, type: 'paper' }} hrefFor={hrefFor} onNavigate={onNavigate} />{' '}
                  <span className="rule">[{e.rule}]</span>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="family-hint">
          {detail === 'boxes' ? 'Zoom in (+ or the wheel) to read the names. ' : ''}Click an edge for the sentences behind it, a box for the model&apos;s
          details.
        </p>
      )}
    </section>
  );
}
