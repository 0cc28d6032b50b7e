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
          message: `src/${from} must not import ${f} (see ../shared/engineering.md: one-way layers).`,
        })),
      },
    ],
  },
});

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
  { files: ['src/cli/**', 'src/sandbox/**', 'tests/**', '*.config.*'], rules: { 'no-console': 'off' } },
  layer('rules', ['smart', 'fhir', 'features', 'app', 'sandbox', 'cli', 'fhirclient', 'react']),
  layer('fhir', ['smart', 'features', 'app', 'sandbox', 'cli', 'fhirclient', 'react']),
  layer('features', ['smart', 'sandbox', 'cli', 'fhirclient']),
  layer('cli', ['smart', 'features', 'app', 'sandbox', 'fhirclient']),
  layer('sandbox', ['smart', 'features', 'app', 'cli', 'fhirclient']),
);
