/**
 * The ../shared/data/metadata-dev set as the eval scripts read it (eval/metadata.ts, eval/clean-silver.ts):
 * where it lives, its gold file, its site folds, and its own prepare.mjs (the pages decoded as a scraper would).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hashLine } from "../../stages/clean/templates.ts";

const here = dirname(fileURLToPath(import.meta.url));
/** The dataset folder ($BROADSHEET_DATA/metadata-dev, else ../shared/data/metadata-dev beside the repository). */
export const metadataDevDir = resolve(process.env.BROADSHEET_DATA ?? join(here, "../../../shared/data"), "metadata-dev");

/** One gold line (see the dataset's README for every field). */
export interface Gold {
  id: string;
  url: string;
  page: string;
  set: string;
  domain: string | null;
  author?: string | string[];
  no_author?: boolean;
}

/**
 * The gold file: its non-empty lines as written (the scorer is given subsets of them) and each parsed.
 * Exits 2 with a clear message when the dev data is not there.
 */
export function loadGold(): { lines: string[]; gold: Gold[] } {
  const path = join(metadataDevDir, "gold.jsonl");
  if (!existsSync(path)) {
    console.error(`dev data not found at ${metadataDevDir}`);
    process.exit(2);
  }
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim());
  return { lines, gold: lines.map((l) => JSON.parse(l) as Gold) };
}

/**
 * The site fold of a gold page: FNV-1a over the site name (`hashLine` of the registrable `domain`; Readability's
 * fakehost pages by id), so the assignment does not depend on the order of the gold file. Bit 0 gives fold A or B
 * (B held out), bit 1 halves A into A1 / A2 (cross-validation inside fold A).
 */
export function siteFold(g: Gold): "A1" | "A2" | "B" {
  const h = hashLine(g.domain ?? g.id);
  return h & 1 ? "B" : h & 2 ? "A2" : "A1";
}

/** Runs the dataset's own prepare.mjs into `outDir` (url mode unless `args` say otherwise, e.g. `--mode file`, `--set NAME`). */
export function preparePages(outDir: string, args: string[] = []): void {
  execFileSync(process.execPath, [join(metadataDevDir, "prepare.mjs"), outDir, ...args], { stdio: ["ignore", "ignore", "ignore"] });
}
