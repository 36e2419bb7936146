import { defineConfig } from "vitest/config";

/**
 * Timeouts sized for a loaded 2-core CI runner, where the suite shares the
 * machine with other jobs: tests that start the real command line or run
 * property checks take several seconds there (the YAML round-trip took 8 s
 * against vitest's 5 s default). A test that hangs still fails, after 60 s.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
