import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  compileLinePattern,
  compileSiteRules,
  defaultConfig,
  loadConfig,
  loadConfigIfPresent,
  mergeConfig,
  parseConfig,
  printConfig,
  siteMatches,
  siteRulesFor,
  SKIPPABLE_STAGES,
  unsupportedFormats,
} from "../cli/config.ts";
import { SKIPPABLE, STAGES, stageView } from "../pipeline/steps.ts";
import { workerCount } from "../pipeline/run.ts";

const dir = mkdtempSync(join(tmpdir(), "bs-config-"));
let n = 0;
function file(text: string): string {
  const path = join(dir, `c${n++}.yaml`);
  writeFileSync(path, text);
  return path;
}
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("reads the committed example and finds the defaults in it", () => {
    expect(loadConfig("broadsheet.config.yaml")).toEqual(defaultConfig());
  });

  it("fills defaults for an empty file", () => {
    const c = loadConfig(file(""));
    expect(c.concurrency).toBe(4);
    expect(c.formats).toEqual(["jsonl", "csv", "yaml", "parquet"]);
    expect(c.csv_formula_guard).toBe(true);
    expect(c.sites).toEqual([]);
  });

  it("names the file and the key in errors", () => {
    const path = file("concurrency: 0\n");
    expect(errorOf(() => loadConfig(path))).toBe(`${path}: concurrency: expected an integer from 1 to 1024`);
    expect(errorOf(() => loadConfig(file("concurrency: many\n")))).toMatch(/: concurrency: expected an integer from 1 to 1024$/);
    expect(errorOf(() => loadConfig(file("concurrency: 1.5\n")))).toMatch(/concurrency: expected an integer from 1 to 1024/);
  });

  it("rejects unknown keys, listing the known ones", () => {
    const msg = errorOf(() => loadConfig(file("concurency: 2\n")));
    expect(msg).toMatch(/: concurency: unknown key \(expected one of inputs, output, formats, skip, concurrency/);
  });

  it("reports every problem, with paths into site rules", () => {
    const msg = errorOf(() =>
      loadConfig(
        file(
          [
            "formats: [jsonl, xlsx]",
            "skip: [split]",
            "sites:",
            "  - site: example.com",
            "    drop_lines: ['(unclosed']",
            "    drop_selectors: ['div[[']",
            "  - site: 'https://example.org/news'",
            "    colour: red",
          ].join("\n"),
        ),
      ),
    );
    expect(msg).toMatch(/formats\[1\]: expected one of jsonl, csv, yaml, parquet/);
    expect(msg).toMatch(/skip\[0\]: expected one of clean, entities, dates/);
    expect(msg).toMatch(/sites\[0\]\.drop_lines\[0\]: not a valid regular expression/);
    expect(msg).toMatch(/sites\[0\]\.drop_selectors\[0\]: not a valid CSS selector/);
    expect(msg).toMatch(/sites\[1\]\.site: expected a host name or glob/);
    expect(msg).toMatch(/sites\[1\]\.colour: unknown key \(expected one of site, drop_lines, drop_selectors, title_selector\)/);
    expect(msg.split("\n").every((l) => l.includes(".yaml: "))).toBe(true);
  });

  it("reports YAML syntax errors with a line number", () => {
    expect(errorOf(() => loadConfig(file("concurrency: 2\n  bad: [\n")))).toMatch(/line \d+, column \d+: invalid YAML/);
    expect(errorOf(() => loadConfig(file("concurrency: 2\nconcurrency: 3\n")))).toMatch(/invalid YAML/);
  });

  it("reports a missing file and falls back to defaults when the implicit file is absent", () => {
    expect(errorOf(() => loadConfig(join(dir, "nope.yaml")))).toMatch(/nope\.yaml: cannot read the file \(ENOENT\)/);
    expect(loadConfigIfPresent(join(dir, "nope.yaml"))).toEqual(defaultConfig());
  });

  it("accepts valid site rules", () => {
    const c = loadConfig(
      file(
        [
          "sites:",
          "  - site: '*.example.com'",
          "    drop_lines: ['^Read more:', '/^advertisement$/i']",
          "    drop_selectors: ['aside.related', 'div[data-role=promo]']",
          "    title_selector: h1.headline",
        ].join("\n"),
      ),
    );
    expect(c.sites[0].drop_lines).toHaveLength(2);
  });
});

describe("mergeConfig", () => {
  it("lets flags override the file, key by key; undefined flags leave the file value", () => {
    const file = { ...defaultConfig(), concurrency: 2, skip: ["dates" as const], output: "data" };
    const m = mergeConfig(file, { concurrency: 8, skip: new Set(["clean"]), output: undefined });
    expect(m.concurrency).toBe(8);
    expect(m.skip).toEqual(["clean"]);
    expect(m.output).toBe("data");
  });

  it("validates flag values with the same wording", () => {
    expect(errorOf(() => mergeConfig(defaultConfig(), { concurrency: 0 }))).toBe("command line: concurrency: expected an integer from 1 to 1024");
  });

  it("is passed down as it is: workers resolved where threads start, the stages' view derived from it", () => {
    const config = mergeConfig(defaultConfig(), { skip: ["entities"], csv_formula_guard: false });
    expect(config).toMatchObject({ inputs: "raw", output: "out", skip: ["entities"], csv_formula_guard: false, workers: "auto", cache: ".broadsheet-cache" });
    expect(workerCount(config)).toBeGreaterThanOrEqual(1);
    expect(workerCount(mergeConfig(defaultConfig(), { workers: 0 }))).toBe(0);
    const view = stageView(config);
    expect([...view.skip]).toEqual(["entities"]);
    expect(view.siteRules).toBeUndefined();
    const withSites = parseConfig({ sites: [{ site: "example.com", drop_lines: ["^Share this"] }] });
    expect(stageView(withSites).siteRules?.[0].dropLines[0].test("Share this page")).toBe(true);
  });

  it("accepts workers auto or N, and cache false/null as off", () => {
    expect(loadConfig(file("workers: 2\ncache: false\n"))).toMatchObject({ workers: 2, cache: null });
    expect(loadConfig(file("cache: null\n")).cache).toBeNull();
    expect(errorOf(() => loadConfig(file("workers: -1\n")))).toMatch(/workers: expected "auto" or an integer from 0 to 64/);
    expect(errorOf(() => loadConfig(file("cache: 3\n")))).toMatch(/cache: expected a folder path, or null to disable the cache/);
  });
});

describe("printConfig", () => {
  it("round-trips through loadConfig", () => {
    const c = mergeConfig(defaultConfig(), { formats: ["jsonl", "parquet"], skip: ["dates"], cache: null, workers: 2 });
    const withSites = { ...c, sites: [{ site: "no", drop_lines: ["^on$", "/yes/i"] }] };
    const text = printConfig(withSites);
    expect(text.startsWith("# broadsheet effective configuration")).toBe(true);
    expect(text).toContain('site: "no"');
    expect(loadConfig(file(text))).toEqual(withSites);
  });

  it("is stable (same config, same text)", () => {
    expect(printConfig(defaultConfig())).toBe(printConfig(loadConfig("broadsheet.config.yaml")));
  });
});

describe("formats and stages", () => {
  it("every format it accepts has a writer (parquet included)", () => {
    expect(unsupportedFormats(mergeConfig(defaultConfig(), { formats: ["csv", "parquet"] }))).toEqual([]);
  });

  it("every skippable stage is a stage of the pipeline, and split (which makes the articles) is not skippable", () => {
    const names = STAGES.map((s) => s.name);
    for (const s of SKIPPABLE_STAGES) expect(names).toContain(s);
    expect([...SKIPPABLE]).toEqual([...SKIPPABLE_STAGES]);
    expect(SKIPPABLE.has("split")).toBe(false);
  });
});

describe("site rules", () => {
  it.each([
    ["example.com", "example.com", true],
    ["example.com", "WWW.Example.com", true],
    ["example.com", "news.example.com", false],
    ["example.com", "badexample.com", false],
    ["*.example.com", "news.example.com", true],
    ["*.example.com", "a.b.example.com", true],
    ["*.example.com", "example.com", false],
    ["example.*", "example.org", true],
  ])("site rule %s matches host %s: %s", (rule, host, want) => {
    expect(siteMatches(rule, host)).toBe(want);
  });

  it("compiles line patterns, dropping stateful flags", () => {
    const re = compileLinePattern("/^advertisement$/gi");
    expect(re.flags).toBe("iu");
    expect(re.test("Advertisement")).toBe(true);
    expect(re.test("Advertisement")).toBe(true);
    expect(compileLinePattern("^Read more:").test("Read more: the full story")).toBe(true);
  });

  it("selects every rule for a host", () => {
    const rules = compileSiteRules([
      { site: "*.example.com", drop_lines: ["^Sponsored$"] },
      { site: "news.example.com", title_selector: "h1" },
      { site: "example.org" },
    ]);
    expect(siteRulesFor(rules, "news.example.com").map((r) => r.site)).toEqual(["*.example.com", "news.example.com"]);
    expect(siteRulesFor(rules, null)).toEqual([]);
  });
});
