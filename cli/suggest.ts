/**
 * "Did you mean": the closest known flag to a mistyped one, by edit distance
 * (Damerau–Levenshtein with adjacent swaps: `--cocnurrency` → `--concurrency`),
 * or by prefix (`--conc` → `--concurrency`). No suggestion when nothing is
 * close (distance above a third of the flag's length), so a wild guess is
 * never offered.
 */

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known flag closest to `given` (both without leading dashes), or null. */
export function closestFlag(given: string, known: readonly string[]): string | null {
  const g = given.replace(/^-+/, "").split("=")[0].toLowerCase();
  if (!g) return null;
  const prefixed = known.filter((k) => k.startsWith(g));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(g, k);
    if (d < bestD || (d === bestD && best !== null && k < best)) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(1, Math.floor(g.length / 3)) ? best : null;
}

/**
 * Turn node:util parseArgs's "Unknown option '--x'" error into a message with
 * a suggestion; other errors pass through unchanged.
 */
export function unknownOptionMessage(err: unknown, known: readonly string[]): string | null {
  const e = err as { code?: string; message?: string };
  if (e?.code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") return null;
  const flag = /'([^']+)'/.exec(e.message ?? "")?.[1] ?? "";
  const guess = closestFlag(flag, known);
  return `unknown option ${flag}${guess ? ` (did you mean --${guess}?)` : ""}`;
}
