// The row is the test: every rule row's `example` runs through extract() and must give a
// fact carrying that row's rule id. Rule tables are found by reading every module of
// extractors/rules/ and extractors/lexicons/, so a new table cannot be left out silently:
// each table with examples must say below how its rows name their facts. Rule ids are
// unique, and the rule list of extractors/README.md matches the tables.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extractors/index.js';
import { LINEAGE_RULES } from '../../extractors/rules/lineage.js';
import { NAME_HEAD_KINDS } from '../../extractors/rules/introduce.js';
import { slug } from '../../src/normalize.js';

const ROOT = join(import.meta.dirname, '../../extractors');

/** A table row as this test reads it: something with an example sentence. */
interface Row {
  example: string;
  [field: string]: unknown;
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && 'example' in value && typeof value.example === 'string';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How the rows of each table name the facts they give (`module/EXPORT`). */
const RULE_ID_OF: Record<string, (row: Row) => string> = {
  'rules/introduce/INTRODUCE_RULES': (row) => text(row.id),
  'rules/lineage/LINEAGE_RULES': (row) => text(row.id),
  'rules/lineage/EXPANSION_RULE': (row) => text(row.id),
  'rules/benchmark-patterns/BENCHMARK_RULES': (row) => text(row.id),
  'rules/name-shapes/MORPHEME_RULES': (row) => text(row.id),
  'rules/name-shapes/CUE_NAME_RULE': (row) => text(row.id),
  'rules/name-shapes/NAMING_RULE': (row) => text(row.id),
  'rules/name-shapes/HEAD_NAME_RULE': (row) => text(row.id),
  'rules/name-shapes/SIZED_NAME_RULE': (row) => text(row.id),
  'rules/name-shapes/PREFIX_COMPOUND_RULE': (row) => text(row.id),
  'lexicons/models/MODEL_LEXICON': (row) => `lexicon:${text(row.id)}`,
  'lexicons/tasks/TASK_LEXICON': (row) => `task:${slug(text(row.name))}`,
};

/** Tables with examples that give no fact of their own: how each row's example is checked instead. */
const OTHER_TABLES: Record<string, (row: Row) => void> = {
  // Name endings that give a kind: each example name takes this row's kind (the first match wins).
  'rules/introduce/NAME_HEAD_KINDS': (row) => {
    for (const name of row.example.split(', ')) {
      expect(NAME_HEAD_KINDS.find((k) => k.pattern.test(name))?.kind, name).toBe(row.kind);
    }
  },
  // Child rules name the derived model: the pattern matches the example, a model name right after it.
  'rules/lineage/CHILD_RULES': (row) => {
    const m = row.pattern instanceof RegExp ? row.pattern.exec(row.example) : null;
    expect(m, `${String(row.pattern)} on "${row.example}"`).not.toBeNull();
    const rest = row.example.slice((m?.index ?? 0) + (m?.[0].length ?? 0));
    const models = extract({ title: '', abstract: row.example }).facts.flatMap((f) => [f.target, ...(f.kind === 'entity' ? [f.source] : [])]);
    expect(models.filter((x) => x.type === 'model' && rest.startsWith(x.name)).length, `a model named at "${rest}"`).toBeGreaterThan(0);
  },
  // Names that are no entity: the example names one, and extract() makes no node of it.
  'lexicons/non-entities/NON_ENTITY_ROWS': (row) => {
    const form = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const words = new Set(text(row.words).split(/\s+/).map(form));
    const named = extract({ title: '', abstract: row.example })
      .facts.map((f) => f.target.name)
      .filter((n) => words.has(form(n)) || words.has(form(n).replace(/s$/, '')));
    expect(named, row.example).toEqual([]);
  },
  // Suffix shapes: each example name is read as a variant of a known family, and has a part of this shape.
  'rules/name-shapes/SUFFIX_SHAPES': (row) => {
    const pattern = row.pattern instanceof RegExp ? row.pattern : /$^/;
    for (const name of row.example.split(', ')) {
      const variants = extract({ title: '', abstract: `We use ${name} here.` }).facts.filter((f) => f.edge === 'variant_of');
      expect(
        variants.map((f) => (f.kind === 'entity' ? f.source.name : '')),
        name,
      ).toContain(name);
      expect(
        name.split(/[- ]/).some((part) => pattern.test(part)),
        `a part of ${name} matches ${pattern}`,
      ).toBe(true);
    }
  },
};

interface Table {
  name: string;
  rows: Row[];
}

async function readTables(): Promise<Table[]> {
  const tables: Table[] = [];
  for (const folder of ['rules', 'lexicons']) {
    for (const file of readdirSync(join(ROOT, folder))
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      const module: Record<string, unknown> = await import(pathToFileURL(join(ROOT, folder, file)).href);
      for (const [name, value] of Object.entries(module)) {
        const rows = Array.isArray(value) ? value.filter(isRow) : isRow(value) ? [value] : [];
        if (rows.length) tables.push({ name: `${folder}/${file.replace(/\.ts$/, '')}/${name}`, rows });
      }
    }
  }
  return tables;
}

const tables = await readTables();
const ruleTables = tables.filter((t) => t.name in RULE_ID_OF);
const cases = ruleTables.flatMap((t) => {
  const idOf = RULE_ID_OF[t.name];
  return idOf ? t.rows.map((row): [string, string, string] => [t.name, idOf(row), row.example]) : [];
});

describe('rule tables', () => {
  it('every table with examples is read here', () => {
    const unknown = tables.map((t) => t.name).filter((name) => !(name in RULE_ID_OF) && !(name in OTHER_TABLES));
    expect(unknown, 'add these tables to RULE_ID_OF (or OTHER_TABLES with their check)').toEqual([]);
    for (const name of [...Object.keys(RULE_ID_OF), ...Object.keys(OTHER_TABLES)]) {
      expect(
        tables.map((t) => t.name),
        `${name} no longer exists`,
      ).toContain(name);
    }
  });

  it('rule ids are unique across all tables', () => {
    const ids = cases.map(([, id]) => id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    for (const id of ids) expect(id, 'a row without an id').toMatch(/\w/);
  });
});

describe('every example fires its own rule through extract()', () => {
  it.each(cases)('%s %s: %s', (_table, id, example) => {
    const rules = extract({ title: '', abstract: example }).facts.map((f) => f.rule);
    expect([...new Set(rules)], `rules that fired on "${example}"`).toContain(id);
  });
});

describe('examples of tables that give no fact of their own', () => {
  const rows = tables.flatMap((t) => {
    const check = OTHER_TABLES[t.name];
    return check ? t.rows.map((row): [string, string, Row, (row: Row) => void] => [t.name, row.example, row, check]) : [];
  });
  it.each(rows)('%s: %s', (_table, _example, row, check) => check(row));
});

describe('extractors/README.md rule list', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Rule ids'), readme.indexOf('\n## ', readme.indexOf('## Rule ids') + 1));
  const listed = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^- ([\w ]+): (.+)$/.exec(line);
    if (m?.[1] && m[2])
      listed.set(
        m[1],
        m[2]
          .replace(/ \([^)]*\)/g, '')
          .split(/[,;] (?:builds_on only: )?/)
          .map((s) => s.trim()),
      );
  }
  // Tables in the section list ids in their first cell: "| lin-pruned-from, lin-compress-P | ... |".
  const tableIds = section
    .split('\n')
    .flatMap((line) => (/^\s*\| ([a-z][\w:-]*(?:, [\w:-]+)*) \|/.exec(line)?.[1]?.split(', ') ?? []).filter((id) => id !== 'id'));
  const readmeIds = new Set([...listed.values()].flat().concat(tableIds));
  const source = [...readdirSync(ROOT, { recursive: true, encoding: 'utf8' })]
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, f), 'utf8'))
    .join('\n');

  it('lists every rule of the rule tables', () => {
    const missing = cases
      .filter(([table]) => table.startsWith('rules/'))
      .map(([, id]) => id)
      .filter((id) => !readmeIds.has(id));
    expect(missing).toEqual([]);
  });

  it('lists only rules that exist (a table row, or an id the extractor code writes)', () => {
    const ids = new Set(cases.map(([, id]) => id));
    const unknown = [...readmeIds].filter((id) => !id.includes('&lt;') && !ids.has(id) && !source.includes(`'${id}'`));
    expect(unknown).toEqual([]);
  });

  it('lists the lineage rules that give builds_on only as such', () => {
    const line = section.split('\n').find((l) => l.startsWith('- lineage:')) ?? '';
    const buildsOnly = (line.split('builds_on only:')[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(buildsOnly.sort()).toEqual(
      LINEAGE_RULES.filter((r) => !r.relation)
        .map((r) => r.id)
        .sort(),
    );
  });
});
