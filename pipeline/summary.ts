/**
 * What the main thread folds of each input's result, in discovery order: the
 * corpus passes' summaries (entity mentions for canonical entities, article
 * fingerprints for near-duplicates), manifest rows, rejects and report counts.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Reject } from "../schemas/records.ts";
import { openTable } from "../write/article-tables.ts";
import type { CsvTableWriter } from "../write/csv.ts";
import { MANIFEST_ROWS } from "../write/final-pass.ts";
import { ManifestRows } from "../write/manifest.ts";
import { ReportCollector } from "../write/report.ts";
import { eachArticleDigest, type FileDigest } from "./digest.ts";
import type { Config } from "../schemas/config.ts";
import { corpusPasses, type CorpusPasses } from "./steps.ts";

/**
 * The small per-corpus summaries the corpus passes need (entity mentions,
 * fingerprints, manifest rows, rejects, report counts), gathered one file
 * result at a time in discovery order; removed blocks are streamed to their
 * CSV as they come.
 */
export class CorpusSummary {
  /** The corpus passes, folding each article's observations. */
  readonly passes: CorpusPasses = corpusPasses();
  readonly rejectRows: Reject[] = [];
  /** One row per input, kept on disk until manifest.json is written. */
  readonly manifest: ManifestRows;
  readonly report = new ReportCollector();
  articleCount = 0;
  removedCount = 0;
  private readonly removedCsv: CsvTableWriter;
  private closed = false;

  constructor(tmp: string, config: Pick<Config, "csv_formula_guard">) {
    const tablesDir = join(tmp, "tables");
    mkdirSync(tablesDir, { recursive: true });
    this.removedCsv = openTable(tablesDir, "removed", { formulaGuard: config.csv_formula_guard });
    this.manifest = new ManifestRows(join(tmp, MANIFEST_ROWS));
  }

  add(r: FileDigest): void {
    // One article at a time: a large file's digests come from their file (eachArticleDigest), never all at once.
    const file = this.report.openFile(r.removed);
    const articles = eachArticleDigest(r, (a) => {
      file.article(a);
      this.passes.entities.fold(a.article_id, a.entities);
      this.passes.duplicates.fold(a.article_id, a.fingerprint);
    });
    file.close(r);
    this.removedCsv.writeRendered(r.removedCsv, r.removed.length);
    for (const reject of r.rejects) this.rejectRows.push(reject); // no push(...): a file can have 100,000s of rejects
    this.articleCount += articles;
    this.removedCount += r.removed.length;
    this.manifest.add({
      input: r.input,
      sha256: r.sha256 || null,
      bytes: r.skipped !== undefined ? null : r.bytes, // never read: no size, as no hash
      status: r.skipped !== undefined ? "skipped" : articles > 0 ? "processed" : "rejected",
      articles,
      ...(r.skipped !== undefined ? { reason: r.skipped } : {}),
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.removedCsv.close();
    this.manifest.close();
  }
}
