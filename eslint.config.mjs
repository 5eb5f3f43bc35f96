import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages that only the main side or the renderer may use: shared/ is pure domain code. */
const impureModules = [
  'electron',
  'node:*',
  'fs',
  'path',
  'os',
  'worker_threads',
  'child_process',
  'react',
  'react-dom',
  'react/*',
  'ag-grid-*',
  'ag-charts-*',
  'exceljs',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'bench/data/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: impureModules, message: 'shared/ is pure: no Node, Electron, DOM or UI imports.' }] },
      ],
    },
  },
  {
    // Only the thin shell touches Electron: the import, the workbook, the IPC router, the
    // handlers and the CLI run the same in Electron, a worker, the browser harness and tests.
    // The features get their host's services as MainDeps (electron/ipc/); only the hosts (the
    // shell, the browser harness) put them together through the composition.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ import electron.',
            },
            {
              group: ['**/createMainHandlers'],
              message:
                'Features do not import the composition (createMainHandlers); MainDeps is in electron/ipc/mainDeps.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'exceljs', '../electron/*', '../../electron/*'],
              message: 'The renderer reaches the main side only through window.pito.',
            },
          ],
        },
      ],
    },
  },
);
