/**
 * The output files the report names, as the run wrote them: a `--format` subset writes only some of articles.jsonl,
 * articles.yaml, tables/*.csv and the Parquet files (write/final-pass.ts dropUnwantedFormats), and the report's notes
 * and tooltips name only those. Without `formats` every format is taken as written.
 */
export interface ReportFiles {
  /**
   * The files that keep the articles in discovery order, with what a `row` of the report is there ("line" of
   * articles.jsonl, "row" of tables/articles.csv): JSON Lines and CSV when written, else Parquet and YAML.
   */
  articleFiles: { file: string; unit: string }[];
  /** The file a reader turns to for the rows of a table the page only samples ("tables/articles.csv"); null when none. */
  table(name: "articles" | "rejects"): string | null;
  /** The files the page's figures come from, as the header names them ("tables/ and articles.jsonl"). */
  dataFiles: string;
}

export function reportFiles(formats?: readonly string[]): ReportFiles {
  const has = (f: string): boolean => !formats || formats.includes(f);
  const table = (name: string): string | null => (has("csv") ? `tables/${name}.csv` : has("parquet") ? `tables/${name}.parquet` : null);
  const first = [has("jsonl") && { file: "articles.jsonl", unit: "line" }, has("csv") && { file: "tables/articles.csv", unit: "row" }];
  const other = [has("parquet") && { file: "tables/articles.parquet", unit: "row" }, has("yaml") && { file: "articles.yaml", unit: "item" }];
  const written = (list: (false | { file: string; unit: string })[]) => list.filter((f): f is { file: string; unit: string } => f !== false);
  return {
    articleFiles: written(first).length ? written(first) : written(other),
    table,
    dataFiles: [has("csv") || has("parquet") ? "tables/" : "", has("jsonl") ? "articles.jsonl" : has("yaml") ? "articles.yaml" : ""].filter(Boolean).join(" and "),
  };
}
