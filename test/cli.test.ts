/** The command line: configuration file, flags over it, formats, per-site rules. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main, parseCli } from "../cli/main.ts";

const STORY = [
  "Bridge reopens after repairs",
  "",
  "The old river bridge reopened to traffic on Monday after eight months of repairs, the city said.",
  "",
  "Engineers replaced the deck and strengthened the piers, which had been damaged by floods in the spring.",
  "",
  "Sponsored: visit our partner shop for discounts",
].join("\n");

function setup(config: string): { dir: string; cfg: string } {
  const dir = mkdtempSync(join(tmpdir(), "bs-cli-"));
  mkdirSync(join(dir, "in", "news.example"), { recursive: true });
  writeFileSync(join(dir, "in", "news.example", "bridge.txt"), STORY);
  const cfg = join(dir, "broadsheet.config.yaml");
  writeFileSync(cfg, config);
  return { dir, cfg };
}

describe("command line", () => {
  it("flags override the configuration file", () => {
    const o = parseCli(["--concurrency", "3", "--skip", "dates"]);
    expect(o).not.toBe("help");
    if (typeof o === "string") return;
    expect(o.flags.concurrency).toBe(3);
    expect(o.flags.skip).toEqual(["dates"]);
    expect(o.flags.inputs).toBeUndefined();
  });

  it("--print-config shows the effective configuration", async () => {
    const { cfg } = setup("concurrency: 7\n");
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(await main(["--config", cfg, "--print-config", "--workers", "1"])).toBe(0);
      const printed = write.mock.calls.map((c) => String(c[0])).join("");
      expect(printed).toMatch(/concurrency: 7/);
      expect(printed).toMatch(/workers: 1/);
    } finally {
      write.mockRestore();
    }
  });

  it("a bad configuration key is a usage error naming the key", async () => {
    const { cfg } = setup("concurency: 7\n");
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main(["--config", cfg])).toBe(2);
      expect(err.mock.calls.map((c) => String(c[0])).join("")).toMatch(/concurency/);
    } finally {
      err.mockRestore();
    }
  });

  it("applies per-site rules from the configuration and writes only the formats asked for", async () => {
    const { dir, cfg } = setup(`sites:\n  - site: news.example\n    drop_lines: ["^Sponsored:"]\n`);
    const out = join(dir, "out");
    const code = await main(["--config", cfg, "--in", join(dir, "in"), "--out", out, "--quiet", "--workers", "0", "--no-cache", "--format", "jsonl,csv"]);
    expect(code).toBe(0);
    const article = JSON.parse(readFileSync(join(out, "articles.jsonl"), "utf8").trim());
    expect(article.text).toContain("reopened to traffic");
    expect(article.text).not.toContain("Sponsored");
    expect(readFileSync(join(out, "tables", "removed.csv"), "utf8")).toContain("site/news.example");
    expect(existsSync(join(out, "articles.yaml"))).toBe(false);
    expect(existsSync(join(out, "report.html"))).toBe(true);
  }, 60_000);
});

describe("npm run pipeline (pipeline/launch.mjs)", () => {
  it("runs the bundled command line and writes what main() writes", async () => {
    const { dir, cfg } = setup("workers: 1\n");
    const { spawnSync } = await import("node:child_process");
    const launched = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "..", "pipeline", "launch.mjs"), "--config", cfg, "--in", join(dir, "in"), "--out", join(dir, "out-launched"), "--no-cache", "--quiet"],
      { encoding: "utf8" },
    );
    expect(launched.stderr).toBe("");
    expect(launched.status).toBe(0);
    const code = await main(["--config", cfg, "--in", join(dir, "in"), "--out", join(dir, "out-main"), "--no-cache", "--quiet"]);
    expect(code).toBe(0);
    for (const file of ["articles.jsonl", "articles.yaml", "manifest.json", "tables/mentions.csv"]) {
      expect(readFileSync(join(dir, "out-launched", file), "utf8")).toBe(readFileSync(join(dir, "out-main", file), "utf8"));
    }
    // The bundle exists for this code version, so the command ran without tsx.
    const { bundled } = await import("../runtime/bundle.mjs");
    expect((await bundled("cli"))?.href).toMatch(/\/node_modules\/\.cache\/broadsheet\/[0-9a-f]{16}\/cli\.mjs$/);
  }, 60_000);
});
