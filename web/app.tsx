// The map's one owner of state: the graph on show, selection, hover, filters (types, new
// since, publication dates), size mode, panel tab, layout and corpus builds; it makes the
// sigma reducers. Controllers and panels get props and call back;
// the URL hash mirrors selection and filters so a reload or a shared link restores them.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type Sigma from 'sigma';
import { NODE_TYPES, type EdgeType, type NodeType } from '../src/types.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, PaperGraph } from '../graph/schema.js';
import { toGexf } from '../graph/export/gexf.js';
import { panelDetails } from './data/details.js';
import { formatHash, parseHash, type HashState, type PanelTab, type SizeMode } from './data/hash-state.js';
import { lineageNodeKeys, lineageOf } from './data/lineage.js';
import { countByType, countEdgesByType, EDGE_COLORS, nodeTypeColors } from './data/palette.js';
import { createReducers, nodeSizes } from './data/reducers.js';
import { isBigGraph, sigmaSettings } from './data/sigma-settings.js';
import { saveBlob, snapshotPng, type LegendEntry } from './data/snapshot.js';
import { buildLabels, publicationDates, timeView, type TimeFilters as TimeFilterState } from './data/time-view.js';
import { visibleSubgraph } from './data/visible.js';
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
import { useCorpusBuild, type CorpusResult } from './hooks/use-corpus-build.js';
import { useGraphFile } from './hooks/use-graph-file.js';
import { useFileDrop } from './hooks/use-file-drop.js';

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
  const [tab, setTab] = useState<PanelTab>(initial.tab);
  const [newSince, setNewSince] = useState<string | null>(initial.newSince);
  const [range, setRange] = useState<{ from: string | null; to: string | null }>({ from: initial.from, to: initial.to });
  const [focus, setFocus] = useState<FocusRequest | null>(initial.selected ? { keys: [initial.selected], seq: 0 } : null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [sigma, setSigma] = useState<AppSigma | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const filters = useMemo(() => ({ hiddenNodeTypes, hiddenEdgeTypes }), [hiddenNodeTypes, hiddenEdgeTypes]);
  const timeFilters: TimeFilterState = useMemo(() => ({ newSince, ...range }), [newSince, range]);
  const hashState: HashState = useMemo(
    () => ({ selected, hiddenNodeTypes, hiddenEdgeTypes, sizeBy, tab, ...timeFilters }),
    [selected, hiddenNodeTypes, hiddenEdgeTypes, sizeBy, tab, timeFilters],
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

  // A selection that is not in the graph on show (old link, other corpus) is dropped.
  useEffect(() => {
    if (graph && selected && !graph.hasNode(selected)) {
      setNotice(`"${selected}" is not in this graph.`);
      setSelected(null);
    }
  }, [graph, selected]);

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
    setTab('lineage');
  }, []);

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
  const sourceName = own ? own.fileName : 'graph.json';
  const builds = useMemo(() => (graph ? buildLabels(graph) : []), [graph]);
  const dates = useMemo(() => (graph ? publicationDates(graph) : []), [graph]);
  const time = useMemo(() => (graph ? timeView(graph, timeFilters) : null), [graph, timeFilters]);
  // The legend counts what the date and "New since" filters leave on the map.
  const nodeCounts = useMemo(() => (graph ? countByType(graph, time?.hidden) : null), [graph, time]);
  const edgeCounts = useMemo(() => (graph ? countEdgesByType(graph, time?.hidden) : null), [graph, time]);
  const newIn = selected && graph?.hasNode(selected) && time?.fresh?.has(selected) ? (graph.getNodeAttribute(selected, 'firstAdded') ?? null) : null;

  const sizes = useMemo(() => (graph ? nodeSizes(graph, sizeBy) : null), [graph, sizeBy]);
  const reducers = useMemo(
    () =>
      graph && sizes
        ? createReducers(graph, { hovered, selected, filters, sizes, lineage: lineageKeys, time, hideFadedEdges: isBigGraph(graph) })
        : null,
    [graph, hovered, selected, filters, sizes, lineageKeys, time],
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
    const text = toGexf(visibleSubgraph(graph, filters, time?.hidden));
    saveBlob(new Blob([text], { type: 'application/gexf+xml' }), 'papergraph.gexf');
  }, [graph, filters, time]);
  const exportPng = useCallback(() => {
    if (!sigma || !colors) return;
    const legend: LegendEntry[] = NODE_TYPES.filter((t) => !hiddenNodeTypes.has(t)).map((t) => ({ label: t, color: colors[t], kind: 'node' }));
    if (!hiddenEdgeTypes.has('derived_from')) legend.push({ label: 'derived from (lineage)', color: EDGE_COLORS.derived_from, kind: 'edge' });
    snapshotPng(sigma, legend, `papergraph · ${sourceName}`).then(
      (blob) => saveBlob(blob, 'papergraph.png'),
      (error: unknown) => setNotice(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, [sigma, colors, hiddenNodeTypes, hiddenEdgeTypes, sourceName]);
  const resetView = useCallback(() => void sigma?.getCamera().animatedReset({ duration: 300 }), [sigma]);

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
      <main className="map" aria-label="Graph map">
        {graph ? (
          <p className="visually-hidden">
            A drawing of {graph.order} nodes and {graph.size} edges. Use “Search nodes” or the links in the details panel to
            reach a node from the keyboard.
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
            <CameraFocus request={focus} />
            <LayoutControl running={layoutRunning} onStopped={stopLayout} />
            <HoverTooltip node={hovered} />
            <FirstFrameMark />
          </SigmaContainer>
        ) : (
          <div className="map-placeholder">
            {served.kind === 'error' ? <p>{served.message}</p> : <p>Loading the graph…</p>}
          </div>
        )}
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
      <StatusBar graph={graph} source={sourceName} corpus={corpus.state} onCancel={corpus.cancel} notice={notice} />
    </div>
  );
}
