/**
 * `--workers 0` streams a large file's articles to disk as they are finished, the way a worker thread does
 * (pipeline/article-store.ts), instead of holding them all until the file ends. The store's threshold (SPILL_CHARS,
 * 8 million characters) is lowered here to a few articles' worth, so that a small invented export crosses it; the
 * observable is the store's scratch file: present on disk while the file's later articles are still being added.
 * The outputs are byte-identical to a run that kept everything in memory, and to one served from the first run's cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";

/** Per store: its spill path, and for each article added whether the store's scratch file was on disk by then. */
const stores: { path: string; onDisk: boolean[] }[] = [];
let threshold = Infinity;

vi.mock("../pipeline/article-store.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../pipeline/article-store.ts")>();
  class ObservedStore extends original.ArticleStore {
    private readonly seen: { path: string; onDisk: boolean[] };
    constructor(path: string, _memoryChars: number) {
      super(path, threshold);
      this.seen = { path, onDisk: [] };
      stores.push(this.seen);
    }
    override add(...args: Parameters<InstanceType<typeof original.ArticleStore>["add"]>): void {
      super.add(...args);
      this.seen.onDisk.push(existsSync(`${this.seen.path}.articles`));
    }
  }
  return { ...original, ArticleStore: ObservedStore };
});

const { runPipeline } = await import("../pipeline/run.ts");
const { configOf } = await import("../schemas/config.ts");

const RECORDS = 30;

/** An invented export: RECORDS reports of a harbour board, each a few sentences; and one plain story beside it. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "bs-w0-stream-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  const lines = Array.from({ length: RECORDS }, (_, i) =>
    JSON.stringify({
      id: `rec-${i}`,
      title: `Harbour board report ${i} on the winter timetable`,
      text: [
        `The harbour board met on Thursday to review crossing number ${i}, which has run late on most mornings since the autumn.`,
        `Board members said the new timetable would add an early sailing, and that the ticket office would open half an hour sooner.`,
        `Traders along the quay welcomed the change, though several asked for the late sailing to be kept through the holidays.`,
      ].join("\n\n"),
    }),
  );
  writeFileSync(join(inDir, "board-export.jsonl"), lines.join("\n") + "\n");
  writeFileSync(
    join(inDir, "quay-note.txt"),
    "Quay lights repaired\n\nThe lights along the north quay were repaired on Monday after a storm damaged the cables, the harbour office said.\n",
  );
  return inDir;
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = readFileSync(join(e.parentPath, e.name), "base64");
  }
  return out;
}

describe("--workers 0 streams a large file's articles to disk", () => {
  it("the store's scratch file is in use while the file's later articles are added; outputs as when held in memory", async () => {
    const inDir = corpus();
    const base = join(inDir, "..");
    const config = (output: string, cache: string | null) => configOf({ inputs: inDir, output, cache, workers: 0, concurrency: 2, skip: ["entities"] });

    threshold = 8_000; // a few articles' JSON
    stores.length = 0;
    const streamed = await runPipeline(config(join(base, "streamed"), join(base, "cache")));
    expect(streamed.articles).toBe(RECORDS + 1);
    // One store per input file. With two files processed at once, which store opens first depends on timing,
    // so the stores are told apart by their article counts (the export's many, the story's one).
    const bySize = [...stores].sort((a, b) => b.onDisk.length - a.onDisk.length);
    expect(bySize.map((s) => s.onDisk.length)).toEqual([RECORDS, 1]);
    const [exportStore, noteStore] = bySize;
    // The first articles wait in memory; once past the threshold every later one goes to the scratch file as it comes.
    const firstOnDisk = exportStore.onDisk.indexOf(true);
    expect(firstOnDisk, JSON.stringify(exportStore.onDisk)).toBeGreaterThan(0);
    expect(firstOnDisk).toBeLessThan(RECORDS / 3);
    expect(exportStore.onDisk.slice(firstOnDisk).every(Boolean)).toBe(true);
    // The small story's one article never leaves memory.
    expect(noteStore.onDisk).toEqual([false]);
    // No scratch file outlives its file.
    for (const s of stores) expect(existsSync(`${s.path}.articles`) || existsSync(`${s.path}.digests`)).toBe(false);

    // Held in memory (no scratch file ever), and served from the streamed run's cache: the same bytes.
    threshold = Infinity;
    stores.length = 0;
    const held = await runPipeline(config(join(base, "held"), null));
    expect(stores.every((s) => s.onDisk.every((d) => !d))).toBe(true);
    const fromCache = await runPipeline(config(join(base, "from-cache"), join(base, "cache")));
    expect(fromCache.cached).toBe(2);
    const expected = files(join(base, "streamed"));
    expect(Object.keys(expected)).toContain("articles.jsonl");
    expect(files(join(base, "held"))).toEqual(expected);
    expect(files(join(base, "from-cache"))).toEqual(expected);
  }, 120_000);
});
