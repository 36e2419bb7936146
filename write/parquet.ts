/**
 * Parquet files beside the CSV tables and the JSON Lines, for notebooks
 * (pandas, polars, DuckDB) that should not guess types: ids stay strings,
 * offsets and counts are integers, lists stay lists (an entity's aliases, an
 * article's paragraphs, sentences, mentions and dates as lists of structs), and
 * ISO 8601 instants become UTC timestamps with their precision kept in a
 * sibling column (`published` → `published` TIMESTAMP(ms, UTC) +
 * `published_precision` "year" | "month" | "day" | "minute" | "second" |
 * "millisecond"), so "2017" is not mistaken for midnight on New Year's Day.
 *
 * The Parquet schema is derived from the same zod schemas that validate the
 * records (through their JSON Schema), so a column keeps one meaning in every
 * format. Written with hyparquet-writer (pure JavaScript, no native build):
 * rows are buffered per row group and written as they fill, so memory is
 * bounded by a row group, not by the corpus.
 *
 * Deterministic: the writer records no time, `created_by` is fixed, and row
 * groups are cut by row counts and buffered characters, which depend only on
 * the data (never on timing or concurrency), so two runs give the same bytes.
 */
import { ParquetWriter, fileWriter } from "hyparquet-writer";
import { z } from "zod";
import { IsoInstant } from "../schemas/records.ts";

/** `created_by` in every file's footer: fixed, so that files do not change with the writer's version string. */
export const PARQUET_CREATED_BY = "broadsheet";

/** Suffix of the sibling column that keeps a timestamp's precision. */
export const PRECISION_SUFFIX = "_precision";

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number];

interface JsonProp {
  type?: string | string[];
  anyOf?: JsonProp[];
  items?: JsonProp;
  properties?: Record<string, JsonProp>;
  required?: string[];
  pattern?: string;
  enum?: unknown[];
}

/** What a value of one column becomes. */
type Kind =
  | { kind: "string" | "int" | "double" | "boolean" | "timestamp" }
  | { kind: "list"; item: Column }
  | { kind: "struct"; fields: Column[] };

interface Column {
  name: string;
  nullable: boolean;
  type: Kind;
}

/** A zod-validated instant (IsoInstant) shows in JSON Schema with this pattern: such a column becomes a timestamp. */
const INSTANT_PATTERN = (z.toJSONSchema(IsoInstant) as JsonProp).pattern;

function columnOf(name: string, prop: JsonProp, required: boolean): Column {
  // Null shows as a variant (`anyOf: [{…}, {type: "null"}]`) or as a type list (`type: ["string", "null"]`).
  const variants = prop.anyOf ?? [prop];
  const typesOf = (v: JsonProp) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []);
  const nonNull = variants.filter((v) => typesOf(v).some((x) => x !== "null") || typesOf(v).length === 0);
  const nullable = !required || variants.some((v) => typesOf(v).includes("null"));
  const v = nonNull[0] ?? { type: "string" };
  const t = typesOf(v).find((x) => x !== "null");
  let type: Kind;
  if (t === "string" && v.pattern !== undefined && v.pattern === INSTANT_PATTERN) type = { kind: "timestamp" };
  else if (t === "string") type = { kind: "string" };
  else if (t === "integer") type = { kind: "int" };
  else if (t === "number") type = { kind: "double" };
  else if (t === "boolean") type = { kind: "boolean" };
  else if (t === "array") type = { kind: "list", item: columnOf("element", v.items ?? { type: "string" }, true) };
  else if (t === "object") type = { kind: "struct", fields: columnsOf(v) };
  else throw new Error(`parquet: no column type for ${name} (${JSON.stringify(v)})`);
  return { name, nullable, type };
}

function columnsOf(obj: JsonProp): Column[] {
  const required = new Set(obj.required ?? []);
  const out: Column[] = [];
  for (const [name, prop] of Object.entries(obj.properties ?? {})) {
    const col = columnOf(name, prop, required.has(name));
    out.push(col);
    // A timestamp's precision, next to it (nested timestamps do not occur in the records).
    if (col.type.kind === "timestamp") out.push({ name: name + PRECISION_SUFFIX, nullable: col.nullable, type: { kind: "string" } });
  }
  return out;
}

/** The columns of a table, from its zod row schema. */
export function parquetColumns(schema: z.ZodObject): Column[] {
  return columnsOf(z.toJSONSchema(schema, { io: "output" }) as JsonProp);
}

/** Parquet schema elements (depth-first, as the format lists them) for these columns. */
export function parquetSchema(columns: Column[]): SchemaElement[] {
  const out: SchemaElement[] = [{ name: "root", num_children: columns.length }];
  const add = (c: Column) => {
    const repetition_type = c.nullable ? "OPTIONAL" : "REQUIRED";
    const t = c.type;
    switch (t.kind) {
      case "string":
        out.push({ name: c.name, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type });
        break;
      case "int":
        out.push({ name: c.name, type: "INT32", repetition_type });
        break;
      case "double":
        out.push({ name: c.name, type: "DOUBLE", repetition_type });
        break;
      case "boolean":
        out.push({ name: c.name, type: "BOOLEAN", repetition_type });
        break;
      case "timestamp":
        out.push({
          name: c.name,
          type: "INT64",
          converted_type: "TIMESTAMP_MILLIS",
          logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
          repetition_type,
        });
        break;
      case "list":
        // The standard three-level list: <name> (LIST) → repeated "list" → "element".
        out.push({ name: c.name, converted_type: "LIST", logical_type: { type: "LIST" }, repetition_type, num_children: 1 });
        out.push({ name: "list", repetition_type: "REPEATED", num_children: 1 });
        add(t.item);
        break;
      case "struct":
        out.push({ name: c.name, repetition_type, num_children: t.fields.length });
        for (const f of t.fields) add(f);
        break;
    }
  };
  for (const c of columns) add(c);
  return out;
}

/** The values of a `<timestamp>_precision` column (declared as its enum in datapackage.json). */
export const INSTANT_PRECISIONS = ["year", "month", "day", "minute", "second", "millisecond"] as const;
export type InstantPrecision = (typeof INSTANT_PRECISIONS)[number];

const INSTANT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * An ISO 8601 instant of any precision → the UTC instant it starts at, and its
 * precision. Without a UTC offset the clock time is read as UTC (the records
 * keep the original string in JSON Lines and CSV). Null when it is not a valid
 * calendar date.
 */
export function instantOf(iso: string): { date: Date; precision: InstantPrecision } | null {
  const m = INSTANT.exec(iso);
  if (!m) return null;
  const [y, mo = 1, d = 1, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x))) as number[];
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, ms);
  if (t.getUTCDate() !== d) return null; // 2017-02-30
  let time = t.getTime();
  const zone = m[8];
  if (zone && zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    time -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  const precision: InstantPrecision = m[7] ? "millisecond" : m[6] ? "second" : m[5] ? "minute" : m[3] ? "day" : m[2] ? "month" : "year";
  return { date: new Date(time), precision };
}

export interface ParquetTableOptions {
  /** Rows per row group at most (default 50,000). */
  rowGroupRows?: number;
  /** Write the buffered rows once their strings hold this many UTF-16 code units (default 16 M, about 32 MB of strings). */
  maxBufferedChars?: number;
}

/** Code units of the strings in a value (two levels into lists and structs): a cheap estimate of a row's memory. */
function charsOf(v: unknown, depth = 0): number {
  if (typeof v === "string") return v.length;
  if (depth > 2 || v === null || typeof v !== "object") return 0;
  let n = 0;
  if (Array.isArray(v)) for (const x of v) n += charsOf(x, depth + 1);
  else for (const x of Object.values(v)) n += charsOf(x, depth + 1);
  return n;
}

/**
 * One Parquet file, written row group by row group. Rows are plain objects
 * already validated by the caller (the CSV writers validate every row with the
 * same zod schema); a row missing a required column fails the write.
 */
export class ParquetTableWriter {
  readonly columns: Column[];
  private readonly writer: ParquetWriter;
  private readonly data: unknown[][];
  private buffered = 0;
  private chars = 0;
  private readonly maxRows: number;
  private readonly maxChars: number;
  private closed = false;
  rows = 0;

  constructor(
    readonly path: string,
    schema: z.ZodObject,
    opts: ParquetTableOptions = {},
  ) {
    this.columns = parquetColumns(schema);
    this.maxRows = opts.rowGroupRows ?? 50_000;
    this.maxChars = opts.maxBufferedChars ?? 16_000_000;
    this.data = this.columns.map(() => []);
    this.writer = new ParquetWriter({ writer: fileWriter(path), schema: parquetSchema(this.columns), createdBy: PARQUET_CREATED_BY });
  }

  write(row: Record<string, unknown>): void {
    const cols = this.columns;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (c.type.kind === "timestamp") {
        const v = row[c.name];
        const inst = typeof v === "string" ? instantOf(v) : null;
        this.data[i].push(inst ? inst.date : null);
        this.data[i + 1].push(inst ? inst.precision : null);
        i++; // the precision column was filled here
        continue;
      }
      const v = row[c.name];
      this.data[i].push(v === undefined ? null : v);
    }
    this.chars += charsOf(row);
    this.buffered++;
    this.rows++;
    if (this.buffered >= this.maxRows || this.chars >= this.maxChars) this.flush();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    // Min/max statistics on top-level values only (ids, counts, timestamps: what filters push down to); inside lists of
    // structs (every sentence's text) they cost about 40 % of the nested file's write time and serve no filter.
    const columnData = this.columns.map((c, i) => ({ name: c.name, data: this.data[i], statistics: c.type.kind !== "list" }));
    // One row group per flush: its size follows from the data alone, so the bytes do too.
    this.writer.write({ columnData, rowGroupSize: this.buffered });
    for (const d of this.data) d.length = 0;
    this.buffered = 0;
    this.chars = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    this.writer.finish();
  }
}
