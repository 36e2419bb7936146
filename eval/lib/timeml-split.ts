/**
 * The split of the TimeML training corpus used by `npm run eval:dates`: a file whose name hashes
 * (FNV-1a, `hashLine`, mod 5) to 0 is held out. The split depends on the file name only (not the order or the
 * folder). `devDocs` reads the dev part only: a held-out file is never opened by it, so analysis
 * scripts built on it (the ceiling analysis) cannot see held-out text.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTimeML, type TimeMLDoc } from "./timeml.ts";
import { hashLine } from "../../stages/clean/templates.ts";

export const TIMEML_DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "data", "timeml-train");
export const TIMEML_SUBCORPORA = ["TimeBank", "AQUAINT"] as const;

/** True for a held-out document (about one in five). */
export const isHeldOut = (fileName: string) => hashLine(fileName) % 5 === 0;

export interface DevDoc { name: string; sub: string; doc: TimeMLDoc }
/** The dev part's documents (sorted by folder, then name); held-out files are skipped before reading. */
export function devDocs(dataDir = TIMEML_DATA): DevDoc[] {
  return splitDocs(dataDir, false);
}
/**
 * The held-out part's documents. Only for totals-only reports (`eval:dates -- --ceiling-held-out` prints the
 * ceiling's two summary lines, never an instance): the held-out text is not read by a person.
 */
export function heldOutDocs(dataDir = TIMEML_DATA): DevDoc[] {
  return splitDocs(dataDir, true);
}
function splitDocs(dataDir: string, heldOut: boolean): DevDoc[] {
  const out: DevDoc[] = [];
  for (const sub of TIMEML_SUBCORPORA) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) throw new Error(`missing ${dir}: the analysis needs ../shared/data/timeml-train`);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".tml")).sort()) {
      if (isHeldOut(name) !== heldOut) continue;
      out.push({ name, sub, doc: parseTimeML(readFileSync(join(dir, name), "utf8")) });
    }
  }
  return out;
}
