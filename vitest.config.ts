import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup-python.ts'],
    globalSetup: ['test/global-tmp.ts'],
  },
});
