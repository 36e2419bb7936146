/** Numeric flags and settings have ranges: out of range is a usage error (exit 2) naming the flag, before any work. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, runCli } from "./helpers/cli.ts";

describe("flag ranges", () => {
  it.each([
    ["--workers", "1000", /--workers 1000: expected an integer from 0 to 64/],
    ["--time-budget", "2147483648", /--time-budget 2147483648: expected an integer from 1 to 2147483647/],
    ["--concurrency", "100000", /--concurrency 100000: expected an integer from 1 to 1024/],
    ["--max-bytes", "99999999999", /--max-bytes 99999999999: expected an integer from 1 to 1073741824/],
    ["--concurrency", "0", /--concurrency 0: expected an integer from 1 to 1024/],
  ])("%s %s is refused with exit 2", (flag, value, message) => {
    const { base, inDir } = corpus(1);
    const r = runCli(["--in", inDir, "--out", join(base, "out"), "--no-cache", flag, value]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 240_000);

  it("the same ranges hold in the configuration file", () => {
    const { base, inDir } = corpus(1);
    const cfg = join(base, "broadsheet.config.yaml");
    writeFileSync(cfg, "workers: 1000\ntime_budget_ms: 2147483648\n");
    const r = runCli(["--config", cfg, "--in", inDir, "--out", join(base, "out"), "--no-cache"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/workers: expected "auto" or an integer from 0 to 64/);
    expect(r.stderr).toMatch(/time_budget_ms: expected an integer from 1 to 2147483647/);
  }, 240_000);
});
