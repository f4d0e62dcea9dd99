// Presentational: the "New since" build choice and the publication-date range (two
// sliders over the corpus's dates). Shown only when the graph has builds or dates.

export interface TimeFiltersProps {
  builds: readonly string[];
  /** Sorted distinct publication dates (YYYY-MM-DD). */
  dates: readonly string[];
  newSince: string | null;
  from: string | null;
  to: string | null;
  onNewSince: (label: string | null) => void;
  onRange: (from: string | null, to: string | null) => void;
  /** How many nodes the choice marks as new; null without a choice. */
  freshCount: number | null;
}

/** Index of the first date on or after `day` (the last one when none). */
function indexOf(dates: readonly string[], day: string | null, fallback: number): number {
  if (day === null) return fallback;
  const i = dates.findIndex((d) => d >= day);
  return i < 0 ? dates.length - 1 : i;
}

/** One end of the date range: a slider over the dates' indices, the date it stands on beside it. */
function DateSlider({ end, dates, value, onChange }: { end: 'from' | 'until'; dates: readonly string[]; value: number; onChange: (index: number) => void }) {
  return (
    <label className="range-row">
      <span>{end}</span>
      <input type="range" aria-label={`Published ${end}`} min={0} max={dates.length - 1} value={value} onChange={(e) => onChange(Number(e.target.value))} />
      <output>{dates[value]}</output>
    </label>
  );
}

export function TimeFilters(props: TimeFiltersProps) {
  const { builds, dates, newSince, from, to, freshCount } = props;
  const last = dates.length - 1;
  const lo = indexOf(dates, from, 0);
  const hi = Math.max(lo, indexOf(dates, to, last));
  // An open end is stored as null, so a range that reaches the first or last date follows new data.
  const setRange = (a: number, b: number) => props.onRange(a <= 0 ? null : (dates[a] ?? null), b >= last ? null : (dates[b] ?? null));
  return (
    <>
      {builds.length ? (
        <fieldset className="time-filter">
          <legend>Builds</legend>
          <label className="size-by">
            New since{' '}
            <select aria-label="New since" value={newSince ?? ''} onChange={(e) => props.onNewSince(e.target.value || null)}>
              <option value="">(all builds)</option>
              {builds.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>
          {freshCount !== null ? (
            <p className="time-note">
              <span className="badge-new">new</span> {freshCount} nodes; older ones hidden, or pale when something new links to them.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {dates.length > 1 ? (
        <fieldset className="time-filter">
          <legend>Published</legend>
          <DateSlider end="from" dates={dates} value={lo} onChange={(i) => setRange(i, Math.max(i, hi))} />
          <DateSlider end="until" dates={dates} value={hi} onChange={(i) => setRange(Math.min(lo, i), i)} />
        </fieldset>
      ) : null}
    </>
  );
}
