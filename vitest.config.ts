import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
const everywhere = ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'scripts/**/*.test.ts', 'test-support/**/*.test.ts', 'server/**/*.test.ts'];
const corpus = ['**/*.corpus.test.ts'];

// Machines here are small and noisy: hooks (PGlite start-up, engine loads) get the same room as tests.
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    pool: 'threads',
    globalSetup: ['test-support/global-setup.ts'],
    ...timeouts,
    projects: [
      // Fast feedback: the pure core, the CLI, the server's storage (`npm run test:unit`).
      { resolve: { alias }, test: { name: 'unit', include: everywhere, exclude: [...corpus, '**/node_modules/**'], environment: 'node', globalSetup: ['test-support/global-setup.ts'], ...timeouts } },
      // Every real schema of the shared corpus through the parser, ops and engine (`npm run test:corpus`).
      { resolve: { alias }, test: { name: 'corpus', include: corpus, exclude: ['**/node_modules/**'], environment: 'node', ...timeouts } },
    ],
  },
});
