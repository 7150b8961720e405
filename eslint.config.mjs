import tseslint from 'typescript-eslint';

const uiPackages = ['react', 'react-dom', 'next', 'monaco-editor', '@monaco-editor/react', '@xyflow/react', '@xyflow/system'];

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', 'public/**', 'scratch/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the pure core: it runs in the browser, in workers, in Node tests and in the CLI.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: uiPackages.flatMap((p) => [p, `${p}/*`]), message: 'lib/ is the pure core: no React, Next, Monaco or xyflow imports.' }],
      }],
    },
  },
);
