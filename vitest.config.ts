import { defineConfig } from 'vitest/config';
import { corpusPlugin } from './src/node/vite-plugin.ts';

export default defineConfig({
  // The corpus modules the page loads (virtual:corpus/...), served from the seeds as in `npm run dev`.
  plugins: [corpusPlugin('seeds')],
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'eval/**/*.test.ts'],
    environment: 'node',
    // A limit catches a hang; it is not a speed requirement (speed is measured in `npm run bench`). Vitest's 5 s
    // default was hit by sound tests on a 2-core machine running two test suites at once.
    testTimeout: 60_000,
  },
});
