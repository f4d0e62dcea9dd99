// Lint for the whole tree: typescript-eslint's recommended rules, and the import boundaries
// of STYLE.md ("Who may import whom") as no-restricted-imports per folder, the same edges
// tests/architecture/import-boundaries.test.ts checks on the import lines.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import specifiers (as written) a folder must not use, with the reason shown on a hit. */
const NODE = { regex: '^(node:|(fs|path|os|child_process|worker_threads|url)$)', message: 'node:* belongs in src/io, src/commands and src/cli.ts' };
const UI = { regex: '^(react|react-dom|sigma|@react-sigma/.*)(/.*)?$', message: 'the library never imports the web app or its libraries' };
const WEB = { regex: '(^|/)web/', message: 'the library never imports the web app' };
const GRAPHOLOGY = { regex: '^graphology', message: 'extractors are pure: no graphology' };
const COMPROMISE = { regex: '^compromise', message: 'graph/ is graphology only: no compromise' };
const EXTRACTORS = { regex: '(^|/)extractors/', message: 'extractor files are reached through the library (src/), not directly' };
const GRAPH = { regex: '(^|/)graph/', message: 'extractors do not know the graph' };
const IO = { regex: '(^|/)src/io/', message: 'the map runs in the browser: no src/io' };
/** src/ modules other than the pure leaves every layer may use. */
const srcExcept = (leaves, message) => ({ regex: `(^|/)src/(?!(${leaves.join('|')})\\.js$)`, message });

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'bench/tmp/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // For the .mjs files (TypeScript checks names in .ts, where typescript-eslint turns no-undef off).
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Control characters in regexes are the point where text is cleaned (NUL, C0 controls).
      'no-control-regex': 'off',
      // `[\w\-]`: the house writes a hyphen in a character class escaped, so it reads as literal.
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['extractors/**/*.ts'],
    rules: restrict(NODE, UI, GRAPHOLOGY, GRAPH, WEB, srcExcept(['types', 'normalize'], 'extractors may use only src/types and src/normalize')),
  },
  {
    files: ['graph/**/*.ts'],
    rules: restrict(
      NODE,
      UI,
      COMPROMISE,
      EXTRACTORS,
      WEB,
      srcExcept(['types', 'errors', 'normalize'], 'graph/ may use only src/types, src/errors and src/normalize'),
    ),
  },
  { files: ['src/**/*.ts'], ignores: ['src/cli.ts', 'src/io/**', 'src/commands/**'], rules: restrict(NODE, UI, WEB) },
  { files: ['src/cli.ts', 'src/io/**/*.ts', 'src/commands/**/*.ts'], rules: restrict(UI, WEB) },
  { files: ['web/**/*.{ts,tsx}'], rules: restrict(NODE, EXTRACTORS, IO) },
);
