import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import { boundariesRule, boundariesSettings } from './eslint.boundaries.js';

// Code that runs on Node: the build, the scripts, the tests and the data loader.
const nodeFiles = [
  '*.{ts,js,mjs}',
  'scripts/**',
  'e2e/**',
  'src/data/node/**',
  'src/**/*.test.{ts,tsx}',
  'src/**/test-*.ts',
  'src/**/test-helpers.ts',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      'bench/corpus-*',
      'bench/dist-*',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content is rendered as text only.',
        },
      ],
    },
  },
  // The layering of src/ (eslint.boundaries.js).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: boundariesSettings,
    rules: { 'boundaries/dependencies': boundariesRule },
  },
  // Browser code has no Node: no `process`, `Buffer` or `node:` modules.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: nodeFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|fs$|path$|url$|child_process$|os$)',
              message:
                'Browser code cannot use Node modules (file loading lives in src/data/node/).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Browser code has no `process`: use import.meta.env.' },
        { name: 'Buffer', message: 'Browser code has no `Buffer`: use Uint8Array/TextEncoder.' },
        { name: '__dirname', message: 'Browser code has no `__dirname`.' },
        { name: 'require', message: 'Browser code has no `require`.' },
      ],
    },
  },
  {
    files: nodeFiles.map((p) => (p.endsWith('**') ? `${p}/*.{ts,tsx}` : p)),
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
);
