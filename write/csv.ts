/**
 * CSV tables: RFC 4180 (CRLF records, quotes doubled), UTF-8, with a header.
 * Every cell is cast explicitly: null → empty, booleans → true/false, arrays →
 * joined with "|". Cells that a spreadsheet would run as a formula (= + - @,
 * tab, carriage return at the start) are prefixed with a single quote unless
 * the user switched that off (--no-csv-guard), as OWASP advises.
 *
 * The guard must be undoable: a reader strips one quote from a cell that is
 * quotes followed by a formula character (`'=x` → `=x`). So a text that itself
 * starts with quotes before such a character gets one more (`'-'` → `''-'`), or
 * the reader would take its own quote for the guard and lose it.
 */
import { stringify } from "csv-stringify/sync";
import type { z } from "zod";
import { FileSink } from "../runtime/file-sink.ts";
import { TABLES } from "../schemas/tables.ts";

/** Quotes (none or more), then a character a spreadsheet starts a formula with. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** Rows handed to csv-stringify at once: its per-call set-up is paid per batch, not per row. */
const BATCH_ROWS = 256;
/**
 * RFC 4180: a field holding a comma, a quote or a line break (CR or LF) is quoted, its quotes
 * doubled, CRLF after each record. csv-stringify quotes a bare line break only beside a comma or
 * quote, hence `quoted_match`. (A hand-written encoder was measured at about 0.2 ms less per
 * document, under 1 % of a run: not worth leaving the well-kept library; test/csv-encoding.test.ts.)
 */
const ROW_OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;

/** Rows of string cells as CSV records, CRLF after each. */
export function csvRecords(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? "" : stringify(rows as string[][], ROW_OPTIONS);
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

const renderers = new Map<string, CsvRowRenderer>();

/**
 * The writer's contract for a table whose rows are made on the worker threads (the removed
 * blocks): rows are validated and rendered as CSV text where they are made, with this, and the
 * table's writer (`openTable`) appends the text as it is (`CsvTableWriter.writeRendered`):
 * the same bytes as the rows written one by one. Why on the workers: README "How it works"
 * (bench/removed-csv.ts).
 */
export function renderTableRows(name: string, rows: readonly Record<string, unknown>[], opts: CsvOptions): string {
  const key = `${name}\u0000${opts.formulaGuard}`;
  let r = renderers.get(key);
  if (!r) renderers.set(key, (r = new CsvRowRenderer(TABLES.find((t) => t.name === name)!.schema, opts)));
  return r.render(rows);
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
