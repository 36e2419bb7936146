/** End to end: raw/ (the sample corpus) → out/, with the output contract and its invariants. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import YAML from "yaml";
import { Article, Manifest } from "../schemas/records.ts";
import { runPipeline, type RunSummary } from "../pipeline/run.ts";
import { checkArticleInvariants } from "./helpers/invariants.ts";

const RAW = join(import.meta.dirname, "..", "raw");
let out: string;
let summary: RunSummary;
let articles: Article[];

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), "bs-e2e-")), "out");
  summary = await runPipeline(configOf({ inputs: RAW, output: out, concurrency: 2, workers: 0, cache: null }));
  articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => Article.parse(JSON.parse(l)));
}, 120_000);

describe("pipeline on the sample corpus", () => {
  it("gives one article per sample file, every input accounted for", () => {
    const inputs = readdirSync(RAW).filter((f) => !f.startsWith(".")).sort();
    expect(articles.map((a) => a.source).sort()).toEqual(inputs);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));
    expect(manifest.counts.inputs).toBe(inputs.length);
    expect(manifest.counts.processed + manifest.counts.rejected).toBe(manifest.counts.inputs);
    expect(summary.rejects).toBe(0);
  });

  it("every article has a title and a non-empty body, and satisfies the offset invariants", () => {
    for (const a of articles) {
      expect(a.title, a.source).toBeTruthy();
      expect(a.text.length, a.source).toBeGreaterThan(200);
      expect(a.sentences.length).toBeGreaterThan(2);
      checkArticleInvariants(a);
    }
  });

  it("the title is not repeated inside the body", () => {
    for (const a of articles) expect(a.paragraphs[0]?.text).not.toBe(a.title);
  });

  it("article ids are unique and stable", () => {
    expect(new Set(articles.map((a) => a.article_id)).size).toBe(articles.length);
  });

  it("writes every table with a header, the YAML, the schemas and the Data Package", () => {
    const tables = readdirSync(join(out, "tables")).filter((f) => f.endsWith(".csv")).sort();
    expect(tables).toEqual(["articles.csv", "dates.csv", "entities.csv", "mentions.csv", "paragraphs.csv", "rejects.csv", "removed.csv", "sentences.csv"]);
    expect(readdirSync(join(out, "tables")).filter((f) => f.endsWith(".parquet"))).toHaveLength(8);
    for (const t of tables) expect(readFileSync(join(out, "tables", t), "utf8").split("\r\n")[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
    const yaml = YAML.parse(readFileSync(join(out, "articles.yaml"), "utf8"), { version: "1.1" }) as unknown[];
    expect(yaml).toHaveLength(articles.length);
    expect(yaml.map((a) => Article.parse(a).article_id)).toEqual(articles.map((a) => a.article_id));
    expect(readdirSync(join(out, "schemas"))).toContain("article.schema.json");
    const dp = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    // Eight CSV tables, their eight Parquet twins and the nested articles.parquet.
    expect(dp.resources).toHaveLength(17);
  });

  it("mentions point to entities of the entities table", () => {
    const entityIds = new Set(
      readFileSync(join(out, "tables", "entities.csv"), "utf8").trim().split("\r\n").slice(1).map((l) => l.split(",")[0]),
    );
    for (const a of articles) for (const m of a.mentions) if (m.entity_id) expect(entityIds.has(m.entity_id)).toBe(true);
  });

  it("the cleaning audit records removed blocks with their rule", () => {
    const removed = readFileSync(join(out, "tables", "removed.csv"), "utf8").trim().split("\r\n");
    expect(removed[0]).toBe("source,record_id,index,story,rule,reason,text");
  });
});

describe("report of the sample corpus", () => {
  it("lists every article with its row, its language and its site, and says none was undated or nothing is to compare", () => {
    const html = readFileSync(join(out, "report.html"), "utf8");
    for (const [i, a] of articles.entries()) {
      expect(html).toContain(`id="a-${a.article_id}"`);
      expect(html).toContain(`title="line ${i + 1} of articles.jsonl`);
      expect(a.language).toBe("en");
    }
    expect(html).toContain("No previous run in this output folder");
    expect(html).toMatch(/<section id="coverage">[\s\S]*<code>published<\/code><\/td><td class="num" data-v="\d+">/);
    const undated = articles.filter((a) => !a.published).length;
    expect(html).toContain(`Undated articles (${undated})`);
  });
});

describe("determinism", () => {
  it("two runs under different time zones and concurrency give byte-identical outputs", () => {
    const base = mkdtempSync(join(tmpdir(), "bs-tz-"));
    const run = (tz: string, dir: string, conc: string) =>
      execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "..", "cli", "main.ts"), "--in", RAW, "--out", join(base, dir), "--quiet", "--concurrency", conc], {
        env: { ...process.env, TZ: tz },
        cwd: join(import.meta.dirname, ".."),
      });
    run("Pacific/Kiritimati", "a", "1");
    run("America/Anchorage", "b", "4");
    const files = (d: string): string[] =>
      readdirSync(join(base, d), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(join(base, d).length))
        .sort();
    expect(files("a")).toEqual(files("b"));
    for (const f of files("a")) expect(readFileSync(join(base, "b", f)), f).toEqual(readFileSync(join(base, "a", f)));
  }, 120_000);
});

describe("--skip clean", () => {
  it("keeps a clean record's text byte for byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-skip-"));
    const text = "Already clean text.  It has two spaces, a trailing newline\nand a line break.\n\nSecond paragraph — with “quotes” and 😀.\n";
    const { writeFileSync, mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "records.jsonl"), JSON.stringify({ id: "c1", title: "Clean", text }) + "\n");
    await runPipeline(configOf({ inputs: join(dir, "in"), output: join(dir, "out"), skip: ["clean"], concurrency: 1, workers: 0, cache: null }));
    const [a] = readFileSync(join(dir, "out", "articles.jsonl"), "utf8").trim().split("\n").map((l) => Article.parse(JSON.parse(l)));
    expect(a.text).toBe(text);
    checkArticleInvariants(a);
  }, 60_000);
});
