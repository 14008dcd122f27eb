// The layering of src/ (docs/architecture.md, "Layers"), enforced by eslint-plugin-boundaries.
//
//   app  ->  features/<name> (only through its index.ts)  ->  shared (camera, geo, arcs, deck,
//   data, store, lib, i18n, components)
//
// A feature never reaches into another feature's files, shared code never imports a feature
// or the app, and nothing in the browser imports `src/data/node/` (file loading for the build
// and the tests). Tests may import what they test.
export const SHARED = [
  'camera',
  'geo',
  'arcs',
  'deck',
  'data',
  'store',
  'lib',
  'i18n',
  'components',
  'styles',
];

export const boundariesSettings = {
  'boundaries/elements': [
    { type: 'node', pattern: 'src/data/node' },
    { type: 'app', pattern: 'src/app' },
    { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
    { type: 'shared', pattern: `src/{${SHARED.join(',')}}`, capture: ['name'] },
  ],
  'boundaries/files': [
    { category: 'test', pattern: ['**/*.test.{ts,tsx}', '**/test-*.ts', '**/test-helpers.ts'] },
  ],
  'import/resolver': { typescript: { alwaysTryTypes: true } },
};

const featureEntry = { element: { type: 'feature', fileInternalPath: 'index.{ts,tsx}' } };

export const boundariesRule = [
  'error',
  {
    default: 'disallow',
    policies: [
      {
        from: { element: { type: 'app' } },
        allow: { to: [{ element: { type: ['app', 'shared'] } }, featureEntry] },
      },
      {
        from: { element: { type: 'feature' } },
        allow: [
          { to: [{ element: { type: 'shared' } }, featureEntry] },
          {
            to: { element: { type: 'feature' } },
            dependency: { relationship: { to: 'internal' } },
          },
        ],
      },
      { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
      {
        from: { element: { type: 'node' } },
        allow: { to: { element: { type: ['shared', 'node'] } } },
      },
      // Tests import what they test, and the Node loader for the real data.
      { from: { file: { categories: 'test' } }, allow: { to: { element: { type: '*' } } } },
    ],
  },
];
