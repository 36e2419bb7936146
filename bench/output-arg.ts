/**
 * The one word of the bench scripts that read a finished run's output folder (bench/parquet.ts, bench/removed-csv.ts):
 * what is wrong with it, said to the user (readArgs refuses it with exit 2 and the usage), or null. A missing word or
 * folder once ended in a stack trace (`ENOENT … articles.jsonl`) or a thrown usage.
 */
export function runOutputProblem(positionals: readonly string[], needs: string, exists: (path: string) => boolean): string | null {
  if (positionals.length !== 1) return positionals.length === 0 ? "expected the output folder of a finished run" : `expected one folder, got ${positionals.length} words`;
  const dir = positionals[0]!;
  if (!exists(dir)) return `${dir}: no such folder`;
  if (!exists(`${dir}/${needs}`)) return `${dir}: no ${needs} in it (the output folder of a finished run${needs.endsWith(".parquet") ? ", written with Parquet" : ""})`;
  return null;
}
