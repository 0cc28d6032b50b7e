import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const PACKAGES = ['fhirclient', 'react'];

/** Folders a layer may not import from: data flows smart -> fhir -> rules -> features. */
const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: PACKAGES.includes(f) ? [f, `${f}/*`, `${f}-dom`, `${f}-dom/*`] : [`**/${f}/**`, `**/${f}`],
          message: `src/${from} must not import ${f} (see README.md, Architecture: one-way layers).`,
        })),
      },
    ],
  },
});

/**
 * Only src/smart imports fhirclient (engineering.md). The app, index.html's entry and launch.html's
 * entry reach it through src/smart/fhirclient.ts, which the package pattern must not catch:
 * `regex` matches the specifier from its start, where a gitignore-style group would also match
 * the path segment in './smart/fhirclient'.
 */
const noFhirclient = (files, where) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^fhirclient(/.*)?$',
            message: `${where} must not import fhirclient: use src/smart (see README.md, Architecture: only src/smart imports fhirclient).`,
          },
        ],
      },
    ],
  },
});

/**
 * Lookup tables keyed by record text are Maps (issue 8.1): an object literal typed
 * `Record<string, …>` answers "constructor" or "valueOf" from Object.prototype. Union-keyed
 * records (`Record<Analyte, …>`) stay, since their keys come from our own code.
 */
const noStringKeyedTables = {
  files: ['src/fhir/**/*.{ts,tsx}', 'src/rules/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector:
          "VariableDeclarator[init.type='ObjectExpression'] > Identifier TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
        message:
          'A lookup table keyed by strings must be a Map (or read with Object.hasOwn): record text such as "constructor" would hit Object.prototype (issue 8.1).',
      },
      {
        selector: "BinaryExpression[operator='in'][right.type='Identifier'][right.name=/^[A-Z][A-Z0-9_]*$/]",
        message:
          '`key in TABLE` is true for Object.prototype keys: use Object.hasOwn(TABLE, key) or a Map (issue 8.1).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // No line in src/ over 120 characters (Prettier's printWidth; Prettier cannot break strings).
  { files: ['src/**/*.{ts,tsx}'], rules: { 'max-len': ['error', { code: 120 }] } },
  { files: ['src/cli/**', 'src/sandbox/**', 'tests/**', 'scripts/**', '*.config.*'], rules: { 'no-console': 'off' } },
  layer('rules', ['smart', 'fhir', 'features', 'app', 'sandbox', 'cli', 'fhirclient', 'react']),
  layer('fhir', ['smart', 'features', 'app', 'sandbox', 'cli', 'fhirclient', 'react']),
  layer('features', ['smart', 'sandbox', 'cli', 'worklist', 'fhirclient']),
  // The worklist page (issue 9) shows the stored assessment with the app's panels: rules and features
  // yes; never fhirclient, src/smart, the app's launch plumbing, or the server's code.
  layer('worklist', ['smart', 'app', 'sandbox', 'cli', 'server', 'fhirclient']),
  layer('cli', ['smart', 'features', 'app', 'sandbox', 'fhirclient']),
  layer('sandbox', ['smart', 'features', 'app', 'cli', 'fhirclient']),
  // src/server/app.ts is the server's own app module, so `app` (src/app) is not in this list.
  layer('server', ['smart', 'features', 'cli', 'sandbox', 'fhirclient', 'react']),
  // The worklist command line reuses the command line's NDJSON path, settings loader and one-line
  // errors (issue 9: "the files stream into the command line's existing NDJSON path"); until those move
  // to a shared module, src/server/worklist and the Bulk export's assessor may import src/cli (and nothing
  // else of the app's layers).
  layer('server/worklist', ['smart', 'features', 'sandbox', 'fhirclient', 'react']),
  {
    ...layer('server', ['smart', 'features', 'sandbox', 'fhirclient', 'react']),
    files: ['src/server/bulk/assess-export.ts'],
  },
  noFhirclient(['src/app/**/*.{ts,tsx}'], 'src/app'),
  noStringKeyedTables,
  noFhirclient(['src/main.tsx', 'src/launch.ts'], 'the page entries (src/main.tsx, src/launch.ts)'),
);
