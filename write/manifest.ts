/**
 * manifest.json, written without holding its rows: one row per input file is
 * validated and appended to a scratch file as it arrives, and manifest.json is
 * assembled from the header and those rows at the end. The bytes are those of
 * `JSON.stringify(manifest, null, 2)`, so the manifest of a corpus of any size
 * costs the main thread a few counters, not a row per file in memory.
 */
import { readFileSync } from "node:fs";
import { Manifest, ManifestInput } from "../schemas/records.ts";
import { FileSink } from "../runtime/file-sink.ts";
import { readLines } from "../runtime/lines.ts";

/** The manifest without its input rows (they are streamed). */
export type ManifestHeader = Omit<Manifest, "inputs">;

/** Validate the manifest's header with the same zod schema as the whole manifest. */
const Header = Manifest.omit({ inputs: true });

export class ManifestRows {
  private readonly sink: FileSink;
  private closed = false;
  /** Rows added, and those with status "processed" and "skipped". */
  inputs = 0;
  processed = 0;
  skipped = 0;

  constructor(private readonly scratchPath: string) {
    this.sink = new FileSink(scratchPath);
  }

  add(row: Manifest["inputs"][number]): void {
    const valid = ManifestInput.parse(row);
    this.sink.write(JSON.stringify(valid) + "\n");
    this.inputs++;
    if (valid.status === "processed") this.processed++;
    else if (valid.status === "skipped") this.skipped++;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sink.close();
  }

  /** Write manifest.json: the validated header, then the rows in the order they were added. */
  async writeManifest(path: string, header: ManifestHeader): Promise<void> {
    this.close();
    const head = JSON.stringify({ ...Header.parse(header), inputs: [] }, null, 2);
    // JSON.stringify ends an object whose last key is an empty "inputs" array with `"inputs": []\n}`.
    const open = head.slice(0, head.length - "[]\n}".length);
    const out = new FileSink(path);
    out.write(open);
    let first = true;
    for await (const line of readLines(this.scratchPath)) {
      if (!line) continue;
      const row = JSON.stringify(JSON.parse(line), null, 2).replace(/\n/g, "\n    ");
      out.write(`${first ? "[\n    " : ",\n    "}${row}`);
      first = false;
    }
    out.write(first ? "[]\n}\n" : "\n  ]\n}\n");
    out.close();
  }
}

/** Read manifest.json back (validated). */
export function readManifest(path: string): Manifest {
  return Manifest.parse(JSON.parse(readFileSync(path, "utf8")));
}
