// Presentational: map actions — re-run or stop the layout, export GEXF and PNG (of what is
// shown: the filtered map or the family on show; the PNG at a chosen width), open a corpus
// file (a real file input behind a button, so it is keyboard-reachable).

import { useRef } from 'react';

export interface ToolbarProps {
  layoutRunning: boolean;
  onToggleLayout: () => void;
  onExportGexf: () => void;
  onExportPng: () => void;
  onOpenFile: (file: File) => void;
  onResetView: () => void;
  /** Width in pixels of the exported PNG. */
  pngWidth: number;
  onPngWidth: (width: number) => void;
  busy: boolean;
}

export const PNG_WIDTHS = [1200, 2400, 4000] as const;

export const CORPUS_ACCEPT = '.txt,.jsonl,.ndjson,.json,.xml,.atom,text/plain,application/json,application/xml';

export function Toolbar(props: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="toolbar" role="toolbar" aria-label="Map actions">
      <button type="button" onClick={props.onToggleLayout} aria-pressed={props.layoutRunning}>
        {props.layoutRunning ? 'Stop layout' : 'Run layout'}
      </button>
      <button type="button" onClick={props.onResetView}>
        Reset view
      </button>
      <button type="button" onClick={props.onExportGexf}>
        Export GEXF
      </button>
      <button type="button" onClick={props.onExportPng}>
        Export PNG
      </button>
      <select aria-label="PNG width" value={props.pngWidth} onChange={(e) => props.onPngWidth(Number(e.target.value))}>
        {PNG_WIDTHS.map((w) => (
          <option key={w} value={w}>
            {w} px
          </option>
        ))}
      </select>
      <button type="button" onClick={() => input.current?.click()} disabled={props.busy}>
        Open corpus…
      </button>
      <input
        ref={input}
        type="file"
        accept={CORPUS_ACCEPT}
        aria-label="Corpus file"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onOpenFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
