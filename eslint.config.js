import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const STEP_IDS = ['setup-gpu-runner', 'validate-data', 'train-model', 'compare-metrics', 'deploy-model', 'rollback', 'history', 'pull', 'versions'];

/**
 * The layers, as import-x zones: `target` may not import from `from`. core is platform-free; data,
 * registry and monitoring build on core alone; platform adapts CI systems on top of core; steps use all
 * of those through the port (never an adapter), and never one another; only entrypoints pick adapters.
 */
const zones = [
  {
    target: './src/core',
    from: ['./src/data', './src/registry', './src/monitoring', './src/platform', './src/steps', './src/entrypoints'],
    message: 'core is platform-free and imports only core',
  },
  ...['data', 'registry', 'monitoring'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/data', './src/registry', './src/monitoring', './src/platform', './src/steps', './src/entrypoints'].filter((f) => f !== `./src/${layer}`),
    message: `${layer} builds on core only`,
  })),
  { target: './src/platform', from: ['./src/data', './src/registry', './src/monitoring', './src/steps', './src/entrypoints'], message: 'an adapter builds on core only' },
  { target: './src/steps', from: './src/entrypoints', message: 'steps never import an entry' },
  { target: './src/steps', from: ['./src/platform/!(platform|cli-inputs).ts'], message: 'steps reach the platform through the port (platform.ts), never an adapter' },
  ...STEP_IDS.map((id) => ({
    target: `./src/steps/${id}`,
    from: STEP_IDS.filter((other) => other !== id).map((other) => `./src/steps/${other}`),
    message: 'a step never imports another step: move what both need to src/core/ or src/steps/*.ts',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', '.gitlab-ci-local/', 'coverage/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortSignal: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
      },
    },
    rules: {
      // Escaping untrusted text means matching control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Step logic must reach the platform through the port, never through @actions/core.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*', '@octokit/*'], message: 'only src/platform/github*.ts and actions-runner.ts may import @actions/* and @octokit/*' }] },
      ],
    },
  },
  {
    files: ['src/platform/github.ts', 'src/platform/github-*.ts', 'src/platform/actions-runner.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/order': [
        'error',
        { groups: ['builtin', 'external', ['parent', 'sibling', 'index']], alphabetize: { order: 'asc', caseInsensitive: true }, 'newlines-between': 'never' },
      ],
    },
  },
  {
    // Webhook payloads and API fixtures are loosely typed on purpose.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
