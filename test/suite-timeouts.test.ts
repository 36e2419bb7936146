/** The suite must pass on a loaded 2-core CI runner: its per-test timeout leaves room for slow machines (vitest.config.ts). */
import { describe, expect, it } from "vitest";
import config from "../vitest.config.ts";

describe("test suite timeouts", () => {
  it("gives every test and hook at least 30 s, not vitest's 5 s default", () => {
    expect(config.test?.testTimeout ?? 5_000).toBeGreaterThanOrEqual(30_000);
    expect(config.test?.hookTimeout ?? 10_000).toBeGreaterThanOrEqual(30_000);
  });
});
