import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  // Assertions poll until they pass; on a busy 2-core CI machine the guard can take a few seconds
  // to load and check, so give each up to 10 s (a passing poll returns as soon as it passes).
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  outputDir: 'test-results/playwright',
  use: { trace: 'retain-on-failure' },
});
