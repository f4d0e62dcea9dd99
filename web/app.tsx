// The map's one owner of state: the graph on show, selection, hover, the family view,
// filters (types, new since, publication dates), size and colour modes, panel tab, layout
// and corpus builds; it makes the sigma reducers. Controllers and panels get props and call back;
// the URL hash mirrors selection and filters so a reload or a shared link restores them.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type Sigma from 'sigma';
import { NODE_TYPES, type EdgeType, type NodeType } from '../src/types.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../graph/schema.js';
import { toGexf } from '../graph/export/gexf.js';
import { family as familyOf, findNode } from '../graph/query/index.js';
import { forgetFailures, prefetchFamily, useFamilyDrawing, warmFamilyLayout } from './family/family-drawings.js';
import { familyPng, familySubgraph } from './family/family-export.js';
import { FamilyView } from './family/family-view.js';
import { exportName, linkName } from './data/names.js';
import { panelDetails } from './data/details.js';
import { formatHash, parseHash, type ColorMode, type HashState, type PanelTab, type SizeMode } from './data/hash-state.js';
import { lineageNodeKeys, lineageOf } from './data/lineage.js';
import { countByType, countEdgesByType, EDGE_COLORS, familyPalette, nodeTypeColors } from './data/palette.js';
import { createReducers, nodeSizes } from './data/reducers.js';
import { isBigGraph, LABEL_FONT, sigmaSettings } from './data/sigma-settings.js';
import { saveBlob, snapshotPng, type LegendEntry } from './data/snapshot.js';
import { buildLabels, publicationDates, timeView, type TimeFilters as TimeFilterState } from './data/time-view.js';
import { shownSummary, shownTests, visibleSubgraph } from './data/visible.js';
import { MapControls } from './controllers/map-controls.js';
import { LabelLayer } from './controllers/label-layer.js';
import { labelPriority } from './data/label-placement.js';
import { CameraFocus, type FocusRequest } from './controllers/camera-focus.js';
import { GraphAppearance } from './controllers/graph-appearance.js';
import { FirstFrameMark } from './controllers/first-frame.js';
import { GraphEvents } from './controllers/graph-events.js';
import { LayoutControl } from './controllers/layout-control.js';
import { DetailsPanel } from './components/details-panel.js';
import { FiltersPanel } from './components/filters-panel.js';
import { HoverTooltip } from './components/hover-tooltip.js';
import { LineageTree } from './components/lineage-tree.js';
import { SearchBox } from './components/search-box.js';
import { StatusBar } from './components/status-bar.js';
import { TimeFilters } from './components/time-filters.js';
import { Toolbar } from './components/toolbar.js';
import { useAfterPaint } from './hooks/use-after-paint.js';
import { useCorpusBuild, type CorpusResult } from './hooks/use-corpus-build.js';
import { useGraphFile } from './hooks/use-graph-file.js';
import { useFileDrop } from './hooks/use-file-drop.js';
import { resetCamera } from './data/motion.js';

type AppSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function App() {
  const initial = useMemo(() => parseHash(window.location.hash), []);
  const served = useGraphFile('graph.json');
  const [own, setOwn] = useState<CorpusResult | null>(null);
  // Counts the graphs built in the browser: each one gets a fresh sigma (see the container's key).
  const [ownSeq, setOwnSeq] = useState(0);
  const graph: PaperGraph | null = own?.graph ?? (served.kind === 'ready' ? served.graph : null);

  const [selected, setSelected] = useState<string | null>(initial.selected);
  const [hovered, setHovered] = useState<string | null>(null);
  const [hiddenNodeTypes, setHiddenNodeTypes] = useState<ReadonlySet<NodeType>>(initial.hiddenNodeTypes);
  const [hiddenEdgeTypes, setHiddenEdgeTypes] = useState<ReadonlySet<EdgeType>>(initial.hiddenEdgeTypes);
  const [sizeBy, setSizeBy] = useState<SizeMode>(initial.sizeBy);
  const [colorBy, setColorBy] = useState<ColorMode>(initial.colorBy);
  const [familyName, setFamilyName] = useState<string | null>(initial.family);
  const [pngWidth, setPngWidth] = useState(2400);
  const [familyComplete, setFamilyComplete] = useState(false);
  const [tab, setTab] = useState<PanelTab>(initial.tab);
  const [newSince, setNewSince] = useState<string | null>(initial.newSince);
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: initial.from, to: initial.to });
  const [focus, setFocus] = useState<FocusRequest | null>(initial.selected ? { keys: [initial.selected], seq: 0 } : null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [sigma, setSigma] = useState<AppSigma | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const filters = useMemo(() => ({ hiddenNodeTypes, hiddenEdgeTypes }), [hiddenNodeTypes, hiddenEdgeTypes]);
  const timeFilters: TimeFilterState = useMemo(() => ({ newSince, ...range }), [newSince, range]);
  // Nodes go into the hash by name (#node=BERT) when the name finds them again, else by key.
  const hashState: HashState = useMemo(
    () => ({
      selected: graph && selected ? linkName(graph, selected) : selected,
      family: graph && familyName ? linkName(graph, familyName) : familyName,
      hiddenNodeTypes,
      hiddenEdgeTypes,
      sizeBy,
      colorBy,
      tab,
      ...timeFilters,
    }),
    [graph, selected, familyName, hiddenNodeTypes, hiddenEdgeTypes, sizeBy, colorBy, tab, timeFilters],
  );

  // State -> hash (replaceState: filters and selection are not history steps).
  useEffect(() => {
    const hash = formatHash(hashState);
    if (hash !== window.location.hash && !(hash === '' && window.location.hash === '#')) {
      window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    }
  }, [hashState]);

  // Hash -> state, when the user edits or pastes a link.
  useEffect(() => {
    const onHashChange = () => {
      const next = parseHash(window.location.hash);
      setSelected(next.selected);
      setHiddenNodeTypes(next.hiddenNodeTypes);
      setHiddenEdgeTypes(next.hiddenEdgeTypes);
      setSizeBy(next.sizeBy);
      setColorBy(next.colorBy);
      setFamilyName(next.family);
      setTab(next.tab);
      setNewSince(next.newSince);
      setRange({ from: next.from, to: next.to });
      if (next.selected) setFocus((f) => ({ keys: [next.selected ?? ''], seq: (f?.seq ?? 0) + 1 }));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // Keyboard: "/" jumps to the search box, Escape clears the selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('input[aria-label="Search nodes"]')?.focus();
      } else if (event.key === 'Escape' && !typing) {
        setSelected(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A selection by name (#node=BERT) is resolved to its node; one not in the graph on show
  // (old link, other corpus) is dropped with a notice.
  useEffect(() => {
    if (!graph) return;
    if (selected && !graph.hasNode(selected)) {
      const found = findNode(graph, selected);
      if (found) {
        setSelected(found);
        setFocus((f) => ({ keys: [found], seq: (f?.seq ?? 0) + 1 }));
      } else {
        setNotice(`"${selected}" is not in this graph.`);
        setSelected(null);
      }
    }
    if (familyName && !graph.hasNode(familyName)) {
      const found = findNode(graph, familyName, { types: ['model', 'method'] });
      if (found) setFamilyName(found);
      else {
        setNotice(`"${familyName}" is not in this graph.`);
        setFamilyName(null);
      }
    }
  }, [graph, selected, familyName]);

  const select = useCallback((key: string | null) => {
    setSelected(key);
    setNotice(null);
  }, []);
  const navigate = useCallback((key: string) => {
    setSelected(key);
    setFocus((f) => ({ keys: [key], seq: (f?.seq ?? 0) + 1 }));
  }, []);
  const hrefFor = useCallback((key: string) => formatHash({ ...hashState, selected: key }) || '#', [hashState]);
  const stopLayout = useCallback(() => setLayoutRunning(false), []);
  const showFamily = useCallback((key: string) => {
    setSelected(key);
    setFamilyName(key);
  }, []);
  const closeFamily = useCallback(() => {
    setFamilyName(null);
    // A family whose layout failed may be tried again next time.
    if (graph) forgetFailures(graph);
    // Back on the map, frame what was chosen in the family.
    setFocus((f) => (selectedRef.current ? { keys: [selectedRef.current], seq: (f?.seq ?? 0) + 1 } : f));
    window.setTimeout(() => document.querySelector<HTMLElement>('.map')?.focus(), 0);
  }, [graph]);

  const onBuilt = useCallback((result: CorpusResult) => {
    setLayoutRunning(false);
    setOwn(result);
    setOwnSeq((n) => n + 1);
    setSelected(null);
    setHovered(null);
    setNotice(
      `Built ${result.graph.order} nodes from ${result.papers} papers in ${result.fileName}` +
        (result.problems.length ? `; ${result.problems.length} records skipped (${result.problems[0]})` : '.'),
    );
  }, []);
  const corpus = useCorpusBuild(onBuilt);
  const dragging = useFileDrop(corpus.build);

  const colors = useMemo(() => (graph ? nodeTypeColors(graph) : null), [graph]);
  const include = useCallback((type: NodeType) => !hiddenNodeTypes.has(type), [hiddenNodeTypes]);
  const details = useMemo(() => (graph && selected ? panelDetails(graph, selected) : undefined), [graph, selected]);
  const lineage = useMemo(() => (graph && selected ? lineageOf(graph, selected) : undefined), [graph, selected]);
  const lineageKeys = useMemo(() => (tab === 'lineage' && lineage ? lineageNodeKeys(lineage) : null), [tab, lineage]);
  const sourceName = own ? own.fileName : served.kind === 'ready' ? served.file : 'graph.json';
  const overview = !own && served.kind === 'ready' && served.overview;
  const family = useMemo(() => (graph && familyName && graph.hasNode(familyName) ? familyOf(graph, familyName) : null), [graph, familyName]);
  const familyState = useFamilyDrawing(graph, family);
  const familyDrawing = familyState.kind === 'ready' ? familyState.drawing : null;
  // The map follows the selection and camera requests after the panel or family view is
  // painted, and not while the family view covers it (see useAfterPaint).
  const familyShown = Boolean(family);
  const mapView = useAfterPaint(
    useMemo(() => ({ selected, lineageKeys, focus }), [selected, lineageKeys, focus]),
    familyShown,
  );
  // A big graph (an overview): its big families will be laid out in the worker; start it
  // once the first frame is out of the way.
  useEffect(() => {
    if (!overview) return;
    const timer = window.setTimeout(warmFamilyLayout, 1000);
    return () => window.clearTimeout(timer);
  }, [overview]);
  // A model opened: lay out its family ahead, in the worker, if it is big (family-drawings.ts).
  useEffect(() => {
    if (!graph || !selected || !graph.hasNode(selected)) return;
    const type = graph.getNodeAttribute(selected, 'type');
    if (type === 'model' || type === 'method') prefetchFamily(graph, familyOf(graph, selected));
  }, [graph, selected]);
  const builds = useMemo(() => (graph ? buildLabels(graph) : []), [graph]);
  const dates = useMemo(() => (graph ? publicationDates(graph) : []), [graph]);
  const time = useMemo(() => (graph ? timeView(graph, timeFilters) : null), [graph, timeFilters]);
  // The legend counts what the date and "New since" filters leave on the map.
  const nodeCounts = useMemo(() => (graph ? countByType(graph, time?.hidden) : null), [graph, time]);
  const edgeCounts = useMemo(() => (graph ? countEdgesByType(graph, time?.hidden) : null), [graph, time]);
  const newIn = selected && graph?.hasNode(selected) && time?.fresh?.has(selected) ? (graph.getNodeAttribute(selected, 'firstAdded') ?? null) : null;

  const shown = useMemo(() => (graph ? shownTests(graph, filters, time?.hidden) : null), [graph, filters, time]);
  const summary = useMemo(() => (graph ? shownSummary(graph, filters, time?.hidden) : null), [graph, filters, time]);
  const sizes = useMemo(() => (graph && shown ? nodeSizes(graph, sizeBy, shown) : null), [graph, sizeBy, shown]);
  const labelOrder = useMemo(() => (graph ? labelPriority(graph, time?.fresh) : []), [graph, time]);
  const palette = useMemo(() => (graph && colorBy === 'family' ? familyPalette(graph) : null), [graph, colorBy]);
  const reducers = useMemo(
    () =>
      graph && sizes
        ? createReducers(graph, {
            hovered,
            selected: mapView.selected,
            filters,
            sizes,
            colors: palette?.colors ?? null,
            lineage: mapView.lineageKeys,
            time,
            hideFadedEdges: isBigGraph(graph),
          })
        : null,
    [graph, hovered, mapView.selected, filters, sizes, palette, mapView.lineageKeys, time],
  );
  // Made once per graph, with the reducers of that moment, so sigma's first render applies
  // them; later reducer changes go through GraphAppearance (a new settings object would
  // rebuild the renderer). `reducers` is deliberately not a dependency.
  const settings = useMemo(() => (graph && reducers ? sigmaSettings(graph, reducers) : undefined), [graph]);

  // The lineage view frames the whole lineage: on opening it, on reload, and on navigating within it.
  useEffect(() => {
    if (tab === 'lineage' && lineage) setFocus((f) => ({ keys: [...lineageNodeKeys(lineage)], seq: (f?.seq ?? 0) + 1 }));
  }, [tab, lineage]);

  const exportGexf = useCallback(() => {
    if (!graph) return;
    const shown = familyDrawing && family ? familySubgraph(graph, familyDrawing) : visibleSubgraph(graph, filters, time?.hidden);
    const name = exportName({ source: sourceName, family: family?.rootLabel ?? null, hiddenNodeTypes, hiddenEdgeTypes, time: timeFilters }, 'gexf');
    saveBlob(new Blob([toGexf(shown)], { type: 'application/gexf+xml' }), name);
  }, [graph, family, familyDrawing, filters, time, sourceName, hiddenNodeTypes, hiddenEdgeTypes, timeFilters]);
  const exportPng = useCallback(() => {
    const name = exportName({ source: sourceName, family: family?.rootLabel ?? null, hiddenNodeTypes, hiddenEdgeTypes, time: timeFilters }, 'png', pngWidth);
    const failed = (error: unknown) => setNotice(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
    if (family && familyDrawing) {
      // A big family's view draws only what is in view, without names when zoomed out: draw
      // it all for the copy (familyPng clones the SVG before it first waits), then go back.
      flushSync(() => setFamilyComplete(true));
      const svg = document.getElementById('family-svg');
      const png = svg instanceof SVGSVGElement ? familyPng(svg, familyDrawing, pngWidth, `Family of ${family.rootLabel} · papergraph · ${sourceName}`) : null;
      flushSync(() => setFamilyComplete(false));
      png?.then((blob) => saveBlob(blob, name), failed);
      return;
    }
    if (!sigma || !colors) return;
    const legend: LegendEntry[] = NODE_TYPES.filter((t) => !hiddenNodeTypes.has(t) && (nodeCounts?.[t] ?? 0) > 0).map((t) => ({
      label: t,
      color: colors[t],
      kind: 'node',
    }));
    for (const type of ['derived_from', 'variant_of'] as const) {
      if (!hiddenEdgeTypes.has(type)) legend.push({ label: type.replace('_', ' '), color: EDGE_COLORS[type], kind: 'edge' });
    }
    snapshotPng(sigma, legend, `papergraph · ${sourceName}`, pngWidth).then((blob) => saveBlob(blob, name), failed);
  }, [sigma, colors, family, familyDrawing, hiddenNodeTypes, hiddenEdgeTypes, sourceName, pngWidth, timeFilters, nodeCounts]);
  const resetView = useCallback(() => sigma && resetCamera(sigma.getCamera(), 300), [sigma]);

  return (
    <div className={`app${dragging ? ' dragging' : ''}`}>
      <header className="topbar">
        <h1>papergraph</h1>
        {graph && colors ? (
          <SearchBox graph={graph} include={include} onChoose={navigate} colors={colors} hidden={time?.hidden ?? null} fresh={time?.fresh ?? null} />
        ) : null}
        <Toolbar
          layoutRunning={layoutRunning}
          onToggleLayout={() => setLayoutRunning((r) => !r)}
          onExportGexf={exportGexf}
          onExportPng={exportPng}
          onOpenFile={(file) => void corpus.build(file)}
          onResetView={resetView}
          pngWidth={pngWidth}
          onPngWidth={setPngWidth}
          busy={corpus.state.kind === 'running'}
        />
      </header>
      {graph && colors && nodeCounts && edgeCounts ? (
        <FiltersPanel
          colors={colors}
          nodeCounts={nodeCounts}
          edgeCounts={edgeCounts}
          hiddenNodeTypes={hiddenNodeTypes}
          hiddenEdgeTypes={hiddenEdgeTypes}
          onToggleNodeType={(t) => setHiddenNodeTypes((s) => toggle(s, t))}
          onToggleEdgeType={(t) => setHiddenEdgeTypes((s) => toggle(s, t))}
          sizeBy={sizeBy}
          onSizeBy={setSizeBy}
          colorBy={colorBy}
          onColorBy={setColorBy}
          families={palette?.legend ?? []}
          onShowFamily={showFamily}
        >
          <TimeFilters
            builds={builds}
            dates={dates}
            newSince={newSince}
            from={range.from}
            to={range.to}
            onNewSince={setNewSince}
            onRange={(from, to) => setRange({ from, to })}
            freshCount={time?.fresh ? time.fresh.size : null}
          />
        </FiltersPanel>
      ) : (
        <nav className="filters" aria-label="Legend and filters" />
      )}
      <main className="map" aria-label="Graph map" tabIndex={0}>
        {graph ? (
          <p className="visually-hidden">
            A drawing of {graph.order} nodes and {graph.size} edges. Use “Search nodes” or the links in the details panel to reach a node from the keyboard.
          </p>
        ) : null}
        {graph && reducers ? (
          <SigmaContainer<NodeAttributes, EdgeAttributes, GraphAttributes>
            // A new graph mounts a new container, so sigma is created once, with that graph's
            // settings and reducers (not first with the previous graph's, then again).
            key={own ? `built-${ownSeq}` : 'served'}
            graph={graph}
            settings={settings}
            ref={setSigma}
            className="sigma"
          >
            <GraphEvents onHover={setHovered} onSelect={select} />
            <GraphAppearance reducers={reducers} />
            <CameraFocus request={mapView.focus} />
            <MapControls bbox={summary && summary.nodes < graph.order ? summary.extent : null} />
            <LabelLayer priority={labelOrder} font={LABEL_FONT} fontSize={13} color="#1f2933" />
            <LayoutControl running={layoutRunning} onStopped={stopLayout} />
            <HoverTooltip node={hovered} />
            <FirstFrameMark />
          </SigmaContainer>
        ) : (
          <div className="map-placeholder">{served.kind === 'error' ? <p>{served.message}</p> : <p>Loading the graph…</p>}</div>
        )}
        {family && !familyDrawing ? (
          <section className="family-view" aria-label={`Family of ${family.rootLabel}`} aria-busy={familyState.kind === 'pending'}>
            <header className="family-head">
              <button type="button" onClick={closeFamily}>
                ← Back to the map
              </button>
            </header>
            <p className="family-hint" role="status">
              {familyState.kind === 'error'
                ? `Could not lay out the family of ${family.rootLabel}: ${familyState.message}`
                : `Laying out the family of ${family.rootLabel} (${family.members.length} models)…`}
            </p>
          </section>
        ) : null}
        {graph && family && familyDrawing ? (
          <FamilyView
            family={family}
            drawing={familyDrawing}
            selected={selected}
            onSelect={select}
            onBack={closeFamily}
            hrefFor={hrefFor}
            onNavigate={navigate}
            complete={familyComplete}
          />
        ) : null}
        {dragging ? <div className="drop-overlay">Drop a corpus file to build its graph here, in your browser</div> : null}
      </main>
      <DetailsPanel
        details={details}
        hrefFor={hrefFor}
        onNavigate={navigate}
        onClose={() => select(null)}
        tab={tab}
        onTab={setTab}
        newIn={newIn}
        onShowFamily={showFamily}
        lineage={lineage ? <LineageTree lineage={lineage} hrefFor={hrefFor} onNavigate={navigate} onShowFamily={showFamily} /> : null}
      />
      <StatusBar
        graph={graph}
        shown={summary}
        source={sourceName}
        overview={overview}
        onLoadFull={served.loadFull}
        corpus={corpus.state}
        onCancel={corpus.cancel}
        notice={notice}
      />
    </div>
  );
}
