// Presentational: the "Search nodes" combobox with alias-aware suggestions.
// Keyboard: arrows move, Enter chooses, Escape closes. Labels are rendered as text.

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { PaperGraph } from '../../graph/schema.js';
import type { NodeType } from '../../src/types.js';
import { createSearchIndex, searchNodes } from '../data/search.js';

export interface SearchBoxProps {
  graph: PaperGraph;
  include: (type: NodeType) => boolean;
  onChoose: (key: string) => void;
  colors: Record<NodeType, string>;
  /** Nodes the date or "New since" filters hide: not suggested. */
  hidden?: ReadonlySet<string> | null;
  /** Nodes new since the chosen build: badged. */
  fresh?: ReadonlySet<string> | null;
}

export function SearchBox({ graph, include, onChoose, colors, hidden = null, fresh = null }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const index = useMemo(() => createSearchIndex(graph), [graph]);
  const suggestions = useMemo(
    () => searchNodes(index, query, hidden ? { include, includeKey: (key) => !hidden.has(key) } : { include }),
    [index, query, include, hidden],
  );
  const expanded = open && suggestions.length > 0;

  const choose = (index: number) => {
    const s = suggestions[index];
    if (!s) return;
    onChoose(s.key);
    setQuery(s.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search nodes"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder="Search models, tasks, papers…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!expanded}>
        {suggestions.map((s, i) => (
          <li
            key={s.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus in the input until the choice is made
              choose(i);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="dot" style={{ background: colors[s.type] }} aria-hidden="true" />
            <span className="label">{s.label}</span>
            {s.alias ? <span className="alias">also “{s.alias}”</span> : null}
            {fresh?.has(s.key) ? <span className="badge-new">new</span> : null}
            <span className="kind">{s.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
