/**
 * Parquet outputs read back by two readers: hyparquet (JavaScript, the
 * writer's sister reader) and DuckDB (@duckdb/node-api: C++, no code shared
 * with the writer, and what many notebook users query Parquet with). Asserts what a notebook user checks:
 * ids stay strings, offsets are integers, lists are lists, timestamps are
 * UTC instants with their precision beside them, and the bytes do not change
 * from one run to the next.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { z } from "zod";
import { Article, Entity, IsoInstant } from "../schemas/records.ts";
import { runPipeline } from "../pipeline/run.ts";
import { instantOf, ParquetTableWriter, PARQUET_CREATED_BY } from "../write/parquet.ts";

const Row = z.object({
  id: z.string(),
  n: z.number().int(),
  score: z.number(),
  flag: z.boolean(),
  note: z.string().nullable(),
  published: IsoInstant.nullable(),
  tags: z.array(z.string()),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
type Row = z.infer<typeof Row>;

const ROWS: Row[] = [
  { id: "00123", n: 1, score: 0.5, flag: true, note: null, published: "2017", tags: ["a", "b"], spans: [{ start: 0, end: 3, text: "Ébé" }] },
  { id: "1e5", n: 2, score: 1, flag: false, note: "x", published: "2017-01-24T14:02:00+02:00", tags: [], spans: [] },
  { id: "NaN", n: 3, score: -2, flag: true, note: "😀 y", published: null, tags: ["c"], spans: [{ start: 1, end: 2, text: "é" }, { start: 2, end: 4, text: "😀 " }] },
];

function writeRowsTo(rows: Row[], opts = {}): string {
  const path = join(mkdtempSync(join(tmpdir(), "bs-pq-")), "t.parquet");
  const w = new ParquetTableWriter(path, Row, opts);
  for (const r of rows) w.write(r);
  w.close();
  return path;
}
const writeRows = (rows: Row[], opts = {}) => new Uint8Array(readFileSync(writeRowsTo(rows, opts)));

const ab = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

let duck: DuckDBConnection;
beforeAll(async () => {
  duck = await (await DuckDBInstance.create(":memory:")).connect();
});
afterAll(() => duck?.closeSync());

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

/** Column name → DuckDB type of a Parquet file. */
async function duckTypes(path: string): Promise<Record<string, string>> {
  const r = await duck.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quote(path)})`);
  return Object.fromEntries(r.getRowObjectsJS().map((row) => [String(row.column_name), String(row.column_type)]));
}

/** Rows of a query, as JSON-friendly values (timestamps as ISO strings, lists as arrays). */
async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

async function duckCount(path: string): Promise<number> {
  const [row] = await duckRows(`SELECT count(*)::INTEGER AS n FROM read_parquet(${quote(path)})`);
  return Number(row.n);
}

describe("instantOf", () => {
  it("keeps the precision of ISO 8601 values and applies the UTC offset", () => {
    expect(instantOf("2017")).toEqual({ date: new Date("2017-01-01T00:00:00Z"), precision: "year" });
    expect(instantOf("2017-03")).toEqual({ date: new Date("2017-03-01T00:00:00Z"), precision: "month" });
    expect(instantOf("2017-03-09")?.precision).toBe("day");
    expect(instantOf("2017-01-24T14:02+02:00")).toEqual({ date: new Date("2017-01-24T12:02:00Z"), precision: "minute" });
    expect(instantOf("2017-01-24T14:02:05Z")?.precision).toBe("second");
    expect(instantOf("2017-01-24T14:02:05.250-05:00")).toEqual({ date: new Date("2017-01-24T19:02:05.250Z"), precision: "millisecond" });
    expect(instantOf("0099-01-01")?.date.getUTCFullYear()).toBe(99);
  });

  it("refuses dates that do not exist", () => {
    expect(instantOf("2017-02-30")).toBeNull();
    expect(instantOf("2017-13")).toBeNull();
    expect(instantOf("not a date")).toBeNull();
  });
});

describe("ParquetTableWriter", () => {
  it("writes typed columns that hyparquet reads back as written", async () => {
    const bytes = writeRows(ROWS);
    const rows = (await parquetReadObjects({ file: ab(bytes) })) as Record<string, unknown>[];
    expect(rows.map((r) => r.id)).toEqual(["00123", "1e5", "NaN"]);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.flag)).toEqual([true, false, true]);
    expect(rows.map((r) => r.note)).toEqual([null, "x", "😀 y"]);
    expect(rows.map((r) => (r.published as Date | null)?.toISOString() ?? null)).toEqual(["2017-01-01T00:00:00.000Z", "2017-01-24T12:02:00.000Z", null]);
    expect(rows.map((r) => r.published_precision)).toEqual(["year", "second", null]);
    expect(rows.map((r) => r.tags)).toEqual([["a", "b"], [], ["c"]]);
    expect(rows[2].spans).toEqual(ROWS[2].spans);
    expect(parquetMetadata(ab(bytes)).created_by).toBe(PARQUET_CREATED_BY);
  });

  it("is read by DuckDB with the declared types", async () => {
    const path = writeRowsTo(ROWS);
    expect(await duckTypes(path)).toEqual({
      id: "VARCHAR",
      n: "INTEGER",
      score: "DOUBLE",
      flag: "BOOLEAN",
      note: "VARCHAR",
      published: "TIMESTAMP WITH TIME ZONE",
      published_precision: "VARCHAR",
      tags: "VARCHAR[]",
      spans: 'STRUCT("start" INTEGER, "end" INTEGER, "text" VARCHAR)[]',
    });
    const rows = await duckRows(
      `SELECT id, epoch_ms(published)::BIGINT::VARCHAR AS ms, tags, spans FROM read_parquet(${quote(path)}) ORDER BY n`,
    );
    expect(rows.map((r) => r.id)).toEqual(["00123", "1e5", "NaN"]);
    expect(rows.map((r) => r.ms)).toEqual([String(Date.parse("2017-01-01T00:00:00Z")), String(Date.parse("2017-01-24T12:02:00Z")), null]);
    expect(rows[0].tags).toEqual(["a", "b"]);
    expect(rows[2].spans).toEqual(ROWS[2].spans);
  });

  it("cuts row groups by row count and gives the same bytes every time", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...ROWS[i % 3], n: i }));
    const a = writeRows(many, { rowGroupRows: 10 });
    const b = writeRows(many, { rowGroupRows: 10 });
    expect(Buffer.compare(a, b)).toBe(0);
    expect(parquetMetadata(ab(a)).row_groups.map((g) => Number(g.num_rows))).toEqual([10, 10, 5]);
  });

  it("writes a valid file with no rows", async () => {
    const path = writeRowsTo([]);
    expect(await duckCount(path)).toBe(0);
    expect(Object.keys(await duckTypes(path))).toContain("published_precision");
  });

  it("keeps an entity's aliases as a list", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bs-pq-")), "e.parquet");
    const w = new ParquetTableWriter(path, Entity);
    w.write({ entity_id: "007", name: "Harbour Council", type: "ORG", aliases: ["HC", "the Council"], mention_count: 3, article_count: 2 });
    w.close();
    const rows = (await parquetReadObjects({ file: ab(new Uint8Array(readFileSync(path))) })) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ entity_id: "007", aliases: ["HC", "the Council"], mention_count: 3 });
  });
});

describe("Parquet outputs of a pipeline run", () => {
  const RAW = join(import.meta.dirname, "..", "raw");
  let out: string;
  let jsonl: Article[];

  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), "bs-pq-run-")), "out");
    await runPipeline(configOf({ inputs: RAW, output: out, concurrency: 2, workers: 0, cache: null }));
    jsonl = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => Article.parse(JSON.parse(l)));
  }, 120_000);

  it("declares every Parquet file in datapackage.json, and each file is there and readable", async () => {
    const dp = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")) as { resources: { name: string; path: string; format: string; schema: { fields: { name: string; type: string }[] } }[] };
    const parquet = dp.resources.filter((r) => r.format === "parquet");
    expect(parquet.map((r) => r.path).sort()).toEqual([
      "articles.parquet",
      ...readdirSync(join(out, "tables")).filter((f) => f.endsWith(".parquet")).map((f) => `tables/${f}`),
    ].sort());
    for (const r of parquet) {
      const types = await duckTypes(join(out, r.path));
      expect(Object.keys(types), r.path).toEqual(r.schema.fields.map((f) => f.name));
      // Declared types agree with what DuckDB sees.
      for (const f of r.schema.fields) {
        const want = { string: /^VARCHAR$/, integer: /^INTEGER$/, number: /^DOUBLE$/, boolean: /^BOOLEAN$/, datetime: /^TIMESTAMP WITH TIME ZONE$/, array: /\[\]$/ }[f.type];
        expect(types[f.name], `${r.path} ${f.name}`).toMatch(want ?? /^$/);
      }
    }
  });

  it("articles.parquet holds the JSON Lines records, nested, with published as a timestamp", async () => {
    const rows = await duckRows(
      `SELECT article_id, text, epoch_ms(published)::BIGINT::VARCHAR AS ms, published_precision, mentions, dates FROM read_parquet(${quote(join(out, "articles.parquet"))})`,
    );
    expect(rows).toHaveLength(jsonl.length);
    rows.forEach((r, i) => {
      const a = jsonl[i];
      expect(r.article_id).toBe(a.article_id);
      expect(r.text).toBe(a.text);
      const inst = a.published ? instantOf(a.published) : null;
      expect(r.ms).toBe(inst ? String(inst.date.getTime()) : null);
      expect(r.published_precision).toBe(inst?.precision ?? null);
      expect(r.mentions).toEqual(a.mentions);
      expect(r.dates).toEqual(a.dates);
    });
  });

  it("each table's Parquet file has the CSV's rows, with integer offsets", async () => {
    const csvRows = (name: string) => readFileSync(join(out, "tables", `${name}.csv`), "utf8").split("\r\n").filter(Boolean).length - 1;
    for (const name of ["articles", "paragraphs", "sentences", "mentions", "dates", "entities", "removed", "rejects"]) {
      expect(await duckCount(join(out, "tables", `${name}.parquet`)), name).toBe(csvRows(name));
    }
    const sentences = (await parquetReadObjects({ file: ab(new Uint8Array(readFileSync(join(out, "tables", "sentences.parquet")))) })) as { article_id: string; start: number; end: number; text: string }[];
    const byId = new Map(jsonl.map((a) => [a.article_id, [...a.text]]));
    for (const s of sentences) {
      expect(Number.isInteger(s.start)).toBe(true);
      expect(byId.get(s.article_id)!.slice(s.start, s.end).join("")).toBe(s.text);
    }
  });
});
