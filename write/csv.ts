/**
 * CSV tables: RFC 4180 (CRLF records, quotes doubled), UTF-8, with a header.
 * Every cell is cast explicitly: null → empty, booleans → true/false, arrays →
 * joined with "|". Cells that a spreadsheet would run as a formula (= + - @,
 * tab, carriage return at the start) are prefixed with a single quote unless
 * the user switched that off (--no-csv-guard), as OWASP advises.
 */
import { stringify } from "csv-stringify/sync";
import type { z } from "zod";
import { FileSink } from "../runtime/file-sink.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
/** Rows rendered into one string before it goes to the file. */
const BATCH_ROWS = 256;
/**
 * RFC 4180: a field holding a comma, a quote or a line break (CR or LF) is quoted, its quotes
 * doubled. These are the bytes csv-stringify writes with `{ record_delimiter: "\r\n",
 * quoted_match: /[\r\n]/ }` (what this module used to call) for rows of strings:
 * `test/csv-encoding.test.ts` compares the two on random fields. Written out because
 * csv-stringify's per-field option handling cost more than the rest of the CSV writing.
 */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTE, '""')}"` : s;
}

/** Rows of string cells as CSV records, CRLF after each. */
export function csvRecords(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += ",";
      out += csvField(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

export interface CsvOptions {
  /** Neutralise formula-looking text cells (default true). */
  formulaGuard: boolean;
}

/**
 * Validated rows of one table as CSV text. Rendering is separate from writing
 * so that worker threads can render rows for a table the main thread writes:
 * rendered pieces concatenate to the same bytes as rows written one by one.
 */
export class CsvRowRenderer {
  readonly columns: string[];
  private readonly textColumns: Set<string>;

  constructor(private readonly schema: z.ZodObject, private readonly opts: CsvOptions) {
    this.columns = Object.keys(schema.shape);
    this.textColumns = new Set(this.columns.filter((c) => isStringColumn(schema, c)));
  }

  header(): string {
    return stringify([this.columns], { record_delimiter: "\r\n" });
  }

  /** Validate one row against the table schema; its cells, cast. */
  cells(row: Record<string, unknown>): string[] {
    return this.cellsOfValid(this.schema.parse(row) as Record<string, unknown>);
  }

  /** The cells of a row known to be valid already (see CsvTableWriter.writeValid). */
  cellsOfValid(row: Record<string, unknown>): string[] {
    return this.columns.map((c) => this.cell(c, row[c]));
  }

  /** Rows as CSV records (CRLF after each), validated. */
  render(rows: readonly Record<string, unknown>[]): string {
    return rows.length === 0 ? "" : csvRecords(rows.map((r) => this.cells(r)));
  }

  private cell(column: string, v: unknown): string {
    if (v === null || v === undefined) return "";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") return String(v);
    const s = Array.isArray(v) ? v.join("|") : String(v);
    if (this.opts.formulaGuard && this.textColumns.has(column) && FORMULA_START.test(s)) return "'" + s;
    return s;
  }
}

export class CsvTableWriter {
  private readonly renderer: CsvRowRenderer;
  private readonly sink: FileSink;
  private batch: string[][] = [];
  rows = 0;

  constructor(path: string, schema: z.ZodObject, opts: CsvOptions) {
    this.renderer = new CsvRowRenderer(schema, opts);
    this.sink = new FileSink(path);
    this.sink.write(this.renderer.header());
  }

  /** Validate one row against the table schema and append it. */
  write(row: Record<string, unknown>): void {
    this.batch.push(this.renderer.cells(row));
    if (this.batch.length >= BATCH_ROWS) this.flushBatch();
    this.rows++;
  }

  /**
   * Append one row that is valid by construction: made of the fields of a record validated by
   * a schema this table's schema is built from (write/article-tables.ts: each row of an Article
   * validated in the final pass, its counts and indexes computed). Not validated again.
   */
  writeValid(row: Record<string, unknown>): void {
    this.batch.push(this.renderer.cellsOfValid(row));
    if (this.batch.length >= BATCH_ROWS) this.flushBatch();
    this.rows++;
  }

  /** Append `count` rows rendered (and validated) by a CsvRowRenderer of this table's schema and options. */
  writeRendered(text: string, count: number): void {
    if (count === 0) return;
    this.flushBatch();
    this.sink.write(text);
    this.rows += count;
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    this.sink.write(csvRecords(this.batch));
    this.batch = [];
  }

  close(): void {
    this.flushBatch();
    this.sink.close();
  }
}

function isStringColumn(schema: z.ZodObject, column: string): boolean {
  let t = schema.shape[column] as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (t?.def && (t.def.type === "nullable" || t.def.type === "optional" || t.def.type === "default")) {
    t = t.def.innerType as typeof t;
  }
  return t?.def?.type === "string";
}
