// Presentational: a live status line — what is shown, corpus build progress, notices.
import type { PaperGraph } from '../../graph/schema.js';
import type { CorpusBuildState } from '../hooks/use-corpus-build.js';

export interface StatusBarProps {
  graph: PaperGraph | null;
  /** What the filters leave on the map. */
  shown: { nodes: number; edges: number } | null;
  source: string;
  /** The graph on show is the overview of a big graph (largest families, most connected entities). */
  overview?: boolean;
  onLoadFull?: () => void;
  corpus: CorpusBuildState;
  onCancel: () => void;
  notice: string | null;
}

export function StatusBar({ graph, shown, source, overview = false, onLoadFull, corpus, onCancel, notice }: StatusBarProps) {
  return (
    <footer className="status">
      <span>{graph ? `${source}: ${graph.order} nodes, ${graph.size} edges` : 'No graph loaded'}</span>
      {overview ? (
        <span className="overview-note">
          Overview: the largest model families and the most connected entities; papers and the rest are in graph.json.{' '}
          <button type="button" className="link-button" onClick={onLoadFull}>
            Load the full graph
          </button>
        </span>
      ) : null}
      {graph && shown && (shown.nodes !== graph.order || shown.edges !== graph.size) ? (
        <span className="shown-count">
          showing {shown.nodes} nodes, {shown.edges} edges
        </span>
      ) : null}
      <span role="status" aria-live="polite" className="status-live">
        {corpus.kind === 'running' ? (
          <>
            Building {corpus.fileName}: {corpus.phase}
            {corpus.phase === 'extracting' ? ` ${corpus.done}/${corpus.total} papers` : '…'}{' '}
            <progress max={corpus.total} value={corpus.done} aria-label="Build progress" />{' '}
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </>
        ) : corpus.kind === 'error' ? (
          `Could not build ${corpus.fileName}: ${corpus.message}`
        ) : (
          (notice ?? '')
        )}
      </span>
      <span className="privacy">Files you open are processed in this browser only.</span>
    </footer>
  );
}
