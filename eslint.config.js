import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', '.gitlab-ci-local/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', AbortSignal: 'readonly', Response: 'readonly', Headers: 'readonly' } },
    rules: {
      // Escaping untrusted text means matching control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Step logic must reach the platform through the port, never through @actions/core.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'only src/platform/github.ts may import @actions/*' }] }],
    },
  },
  {
    files: ['src/platform/github.ts', 'src/platform/github-*.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Webhook payloads and API fixtures are loosely typed on purpose.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
