import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The tests' dates are made at the machine's midnight, and the Apps Script harness runs the
    // script in the machine's zone: pinned, a run answers the same on a machine in Auckland or
    // Kolkata as in CI. A test about zones sets its own (the script's, a spreadsheet's, a child's).
    env: { TZ: 'UTC' },
  },
});
