/**
 * A file of many documents (a JSON Lines export, a feed) loses only the document that runs over its time
 * budget: that record is a reject of its own, naming it, and the file's other records are in the outputs,
 * the same as when nothing runs away (pipeline/job.ts, runtime/pool.ts). The runaway is made certain by a
 * test worker (test/helpers/runaway-worker.mjs) that never ends one chosen document.
 */
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { documentExecutor, inlineExecutor, keepCheckpoints, MAX_DOCUMENTS_LOST, notProcessed, workerExecutor, type JobContext, type WorkRequest } from "../pipeline/job.ts";
import { documentLabel, documentName, processFile, unpackRows, type Checkpoint, type DocumentName } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { taskCeilingMs, UnitCell, type Outcome, type RunHooks, type TaskRunner } from "../runtime/pool.ts";
import type { FileResult } from "../pipeline/document.ts";
import { jsonText, type ProcessedFile } from "../pipeline/digest.ts";
import { LIMITS } from "../stages/limits.ts";
import { resultWithStops } from "./helpers/fake-stops.ts";

const script = new URL("./helpers/runaway-worker.mjs", import.meta.url);
const limits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };
// Invented records, one story each.
const towns = ["Aldmere", "Brockhollow", "Carnwick", "Dunmarsh", "Eastholt", "Fennbury"];
const jsonl = towns
  .map((t, i) => JSON.stringify({ id: `rec-${i}`, title: `${t} opens a new library`, text: `The town of ${t} opened a new library on Monday. The mayor said ${i + 2} schools would use it every week.` }))
  .join("\n");
const resultOf = (p: ProcessedFile): FileResult => JSON.parse(jsonText(p.json)) as FileResult;
const request = (): WorkRequest => ({ input: "export.jsonl", bytes: new TextEncoder().encode(jsonl) });

describe("a runaway record in a file of many", () => {
  it("is rejected alone with its reason; the file's other records are kept, the same as without it", async () => {
    const config = configOf({});
    const inline = inlineExecutor({ config });
    const expected = resultOf(await inline.run(request()));
    expect(expected.articles.map((a) => a.record_id)).toEqual(towns.map((_, i) => `rec-${i}`));
    // A budget far above what an ordinary record takes, even on a loaded machine (a new worker loads before its budget starts).
    const ex = workerExecutor(1, 8_000, { config }, script, limits);
    try {
      const got = resultOf(await ex.run({ ...request(), runaway: 2 } as WorkRequest));
      // the same articles (ids included); only their positions in the file's output close up over the lost one
      const kept = expected.articles.filter((a) => a.record_id !== "rec-2").map((a, i) => ({ ...a, index_in_source: i }));
      expect(got.articles).toEqual(kept);
      expect(got.rejects).toEqual([
        { input: "export.jsonl", record_id: "rec-2", stage: "pipeline", reason: "time budget exceeded: document 3 of 6 (line 3) took longer than 8000 ms; the file's other documents are kept" },
      ]);
      // the pool goes on with the next file
      const next = resultOf(await ex.run(request()));
      expect(next.articles).toEqual(expected.articles);
    } finally {
      await ex.close();
    }
  }, 180_000);

  it("a record whose worker dies is rejected alone too; the file's other records are kept", async () => {
    const config = configOf({});
    const expected = resultOf(await inlineExecutor({ config }).run(request()));
    const ex = workerExecutor(1, 60_000, { config }, script, limits);
    try {
      const got = resultOf(await ex.run({ ...request(), crash: 4 } as WorkRequest));
      expect(got.articles).toEqual(expected.articles.filter((a) => a.record_id !== "rec-4").map((a, i) => ({ ...a, index_in_source: i })));
      expect(got.rejects).toEqual([
        { input: "export.jsonl", record_id: "rec-4", stage: "pipeline", reason: "worker crashed on document 5 of 6 (line 5): worker exited (code 9); the file's other documents are kept" },
      ]);
    } finally {
      await ex.close();
    }
  }, 180_000);

  it("a file whose records all run away: after MAX_DOCUMENTS_LOST of them the rest is not tried, and each lost document has a reject row with its reason", async () => {
    const ex = workerExecutor(1, 4_000, { config: configOf({}) }, script, limits);
    try {
      const got = resultOf(await ex.run({ ...request(), runaway: "all" } as WorkRequest));
      expect(got.articles).toEqual([]);
      expect(MAX_DOCUMENTS_LOST).toBeLessThan(towns.length);
      // one row for each document that ran over, named by its record id and its line (whether or not a checkpoint carried it) ...
      const blamed = got.rejects.slice(0, -1);
      expect(blamed).toEqual(
        Array.from({ length: MAX_DOCUMENTS_LOST }, (_, k) => ({
          input: "export.jsonl",
          record_id: `rec-${k}`,
          stage: "pipeline",
          reason: `time budget exceeded: document ${k + 1} of 6 (line ${k + 1}) took longer than 4000 ms`,
        })),
      );
      // ... and one for the rest, not processed
      const last = got.rejects.at(-1)!;
      expect(last).toMatchObject({ input: "export.jsonl", record_id: null, stage: "pipeline" });
      expect(last.reason).toMatch(/^documents \d–6 of 6 not processed.*: time budget exceeded: one document took longer than 4000 ms/);
      expect(last.reason).toContain(`${MAX_DOCUMENTS_LOST} of its documents had run over or crashed already`);
    } finally {
      await ex.close();
    }
  }, 180_000);

  // The worker's side (processFile sends the load rows as the first document starts) and the executor's (a file given
  // up on keeps them), each without a worker or a clock: every try of the file is stopped in its first document.
  const loadRowsOf = (lines: string[]): Checkpoint[] => {
    const saved: Checkpoint[] = [];
    processFile("export.jsonl", new TextEncoder().encode(lines.join("\n")), stageView(configOf({}), undefined), {
      onDocument: (unit, _units, save, _label, now) => {
        if (unit === 0 && now) saved.push(save!()!);
      },
    });
    return saved;
  };
  const givenUp = async (saved: Checkpoint[], units: number): Promise<FileResult> => {
    const runner: TaskRunner<JobContext, WorkRequest, ProcessedFile> = {
      run: async (req) => ({ kind: "timeout", at: { unit: req.skip?.size ?? 0, units }, ms: 10, saved: req.skip?.size ? [] : saved }),
      setContext: () => {},
      close: async () => {},
    };
    return resultOf(await documentExecutor({ config: configOf({}) }, runner, 1_000).run(request(), () => request().bytes));
  };
  const longId = `x${"9".repeat(LIMITS.recordFieldChars)}`;
  const ferry = JSON.stringify({ id: longId, title: "Kelmsby opens a ferry", text: "The ferry to Kelmsby ran twice on Sunday. The harbour office said so." });

  it("a file given up on before its first report keeps the load stage's reject rows (a broken line, an id over the cap)", async () => {
    const saved = loadRowsOf(["{not json", ferry, ...jsonl.split("\n")]);
    expect(saved).toHaveLength(1);
    const got = await givenUp(saved, 8);
    expect(got.articles).toEqual([]);
    const load = got.rejects.filter((r) => r.stage === "load");
    expect(load.map((r) => r.reason)).toEqual([expect.stringMatching(/^line 1: /), expect.stringMatching(/^line 2: field "id" rejected: 10001 characters/)]);
    // still one row per lost document and one for the rest
    expect(got.rejects.filter((r) => r.stage === "pipeline")).toHaveLength(MAX_DOCUMENTS_LOST + 1);
  });

  it("a page of one document that runs away keeps its load rows and one row worded as a file rejected whole", async () => {
    const saved = loadRowsOf([ferry]);
    expect(saved).toHaveLength(1);
    const got = await givenUp(saved, 1);
    expect(got.rejects.map((r) => [r.stage, r.reason.startsWith("time budget exceeded")])).toEqual([
      ["load", false],
      ["pipeline", true],
    ]);
    expect(got.rejects[1].reason).not.toMatch(/document 1 of 1/);
  });

  it("each further try of a file gets what is left of its one ceiling, and goes alone when an earlier try did", async () => {
    // A fake runner (no worker, no clock): each try reports the time it took; the first went to a worker of its own
    // (a pool try ran out of memory, or the file is large) and was stopped in document 2 of 6.
    const budgetMs = 1_000;
    const calls: { ceilingMs?: number; alone?: boolean; skip: number[] }[] = [];
    const answers: Outcome<ProcessedFile>[] = [
      { kind: "timeout", at: { unit: 1, units: 6 }, ms: 3_500 },
      { kind: "crashed", error: new Error("worker exited (code 9)"), at: { unit: 4, units: 6 }, ms: 2_000 },
      { kind: "ok", result: { json: "{}" } as unknown as ProcessedFile },
    ];
    const runner: TaskRunner<JobContext, WorkRequest, ProcessedFile> = {
      run: async (req, hooks?: RunHooks) => {
        calls.push({ ceilingMs: hooks?.ceilingMs, alone: hooks?.alone, skip: [...(req.skip?.keys() ?? [])] });
        if (calls.length === 1) hooks?.beforeAlone?.();
        return answers[calls.length - 1];
      },
      setContext: () => {},
      close: async () => {},
    };
    const ex = documentExecutor({ config: configOf({}) }, runner, budgetMs);
    expect(await ex.run(request())).toEqual({ json: "{}" });
    const ceiling = taskCeilingMs(budgetMs);
    expect(calls).toEqual([
      { ceilingMs: ceiling, alone: false, skip: [] },
      { ceilingMs: ceiling - 3_500, alone: true, skip: [1] },
      { ceilingMs: ceiling - 5_500, alone: true, skip: [1, 4] },
    ]);
  });

  it("a further try keeps what the records before the runaway one gave: they are not processed again", async () => {
    const config = configOf({});
    const expected = resultOf(await inlineExecutor({ config }).run(request()));
    const dir = mkdtempSync(join(tmpdir(), "broadsheet-resume-"));
    const log = join(dir, "started.txt");
    // Each record waits 300 ms as it starts, so that every report (throttled to one per 250 ms) goes out with its checkpoint.
    const ex = workerExecutor(1, 60_000, { config }, script, limits);
    try {
      const got = resultOf(await ex.run({ ...request(), crash: 4, log, pauseMs: 300 } as WorkRequest));
      expect(got.articles).toEqual(expected.articles.filter((a) => a.record_id !== "rec-4").map((a, i) => ({ ...a, index_in_source: i })));
      expect(got.rejects.map((r) => r.record_id)).toEqual(["rec-4"]);
      // Records 0–3 ran once: the second try went on from the record after the lost one (before: 0 1 2 3 4 0 1 2 3 5).
      expect(readFileSync(log, "utf8").trim().split("\n").map(Number)).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      await ex.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("checkpoints of a file's result (processFile, keepCheckpoints)", () => {
  // Invented records: one with a field of the wrong type (a load reject row), one with no text left (a reject row of its own).
  const lines = [
    ...towns.slice(0, 3).map((t, i) => JSON.stringify({ id: `rec-${i}`, title: `${t} news`, text: `${t} opened a new bridge on Monday. The council said ${i + 3} buses would cross it.` })),
    JSON.stringify({ id: "bad", title: 7, text: "A record whose title is a number." }),
    JSON.stringify({ id: "empty", text: "   " }),
    ...towns.slice(3).map((t, i) => JSON.stringify({ id: `rec-${i + 3}`, text: `${t} held its spring fair on Saturday. Stalls sold ${i + 4} kinds of bread.` })),
  ];
  const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
  const ctx = stageView(configOf({}), undefined);
  const onePass = (skip?: Map<number, string>) => JSON.stringify(processFile("export.jsonl", bytes, ctx, { skip }));
  /** processFile's checkpoints, asked for at every document (as a worker does at each report it sends) up to `until`. */
  const checkpoints = (opts: Parameters<typeof processFile>[3] = {}, until = Infinity): Checkpoint[] => {
    const saved: Checkpoint[] = [];
    processFile("export.jsonl", bytes, ctx, {
      ...opts,
      onDocument: (unit, _units, save) => {
        const c = unit !== undefined && unit <= until ? save?.() : undefined;
        if (c) saved.push(c);
      },
    });
    return saved;
  };

  it("a file resumed from any document with the checkpoints before it is the single pass, byte for byte", () => {
    const saved = checkpoints();
    expect(saved.length).toBeGreaterThan(3);
    const skip = new Map([[saved.at(-1)!.to, "lost on an earlier try"]]);
    for (let k = 1; k <= saved.length; k++) {
      const resume = keepCheckpoints(undefined, saved.slice(0, k));
      expect(resume?.from).toBe(saved[k - 1].to);
      expect(JSON.stringify(processFile("export.jsonl", bytes, ctx, { skip, resume }))).toBe(onePass(skip));
    }
    // checkpoints that do not join up with what is kept are not used
    expect(keepCheckpoints(undefined, [saved.find((c) => c.from > 0)!])).toBeUndefined();
    // the first one holds the load stage's rows alone (the record whose title is a number, the empty one), sent with the first document
    expect(saved[0]).toMatchObject({ from: 0, to: 0 });
    expect(JSON.parse(unpackRows(saved[0].rows)).rejects.map((r: { record_id: string; stage: string }) => [r.record_id, r.stage])).toEqual([["bad", "load"], ["empty", "load"]]);
  });

  it("a further try's checkpoints add to what the earlier tries kept", () => {
    const kept = keepCheckpoints(undefined, checkpoints().slice(0, 2));
    const second = checkpoints({ resume: kept });
    expect(second[0].from).toBe(kept!.from);
    const all = keepCheckpoints(kept, second);
    expect(JSON.stringify(processFile("export.jsonl", bytes, ctx, { resume: all }))).toBe(onePass());
  });

  it("the executor's further try goes on from the last checkpoint of the stopped one, without the lost document", async () => {
    const saved = checkpoints({}, 5);
    const requests: WorkRequest[] = [];
    const answers: Outcome<ProcessedFile>[] = [
      { kind: "timeout", at: { unit: 6, units: 8 }, ms: 100, saved },
      { kind: "ok", result: { json: "{}" } as unknown as ProcessedFile },
    ];
    const runner: TaskRunner<JobContext, WorkRequest, ProcessedFile> = {
      run: async (req) => (requests.push(req), answers[requests.length - 1]),
      setContext: () => {},
      close: async () => {},
    };
    await documentExecutor({ config: configOf({}) }, runner, 1_000).run({ input: "export.jsonl", bytes });
    expect(requests[1].resume?.from).toBe(5);
    expect([...requests[1].skip!.keys()]).toEqual([6]);
    expect(JSON.stringify(processFile("export.jsonl", bytes, ctx, { skip: requests[1].skip, resume: requests[1].resume }))).toBe(onePass(requests[1].skip));
  });

  it("a file given up on keeps the documents its tries finished; one reject row names the rest", async () => {
    // Each try is stopped in document `at` (a file whose records keep running away), with the checkpoints a worker
    // sends up to it.
    const ats = [1, 2, 3, 5];
    const requests: WorkRequest[] = [];
    const runner: TaskRunner<JobContext, WorkRequest, ProcessedFile> = {
      run: async (req) => {
        const at = ats[requests.push(req) - 1];
        const saved = checkpoints({ resume: req.resume, skip: req.skip }, at);
        return { kind: "timeout", at: { unit: at, units: 6 }, ms: 10, saved };
      },
      setContext: () => {},
      close: async () => {},
    };
    const got = resultOf(await documentExecutor({ config: configOf({}) }, runner, 1_000).run({ input: "export.jsonl", bytes }));
    expect(requests).toHaveLength(MAX_DOCUMENTS_LOST + 1);
    // documents 0 and 4 finished (1, 2, 3 each ran over, then 5): before, the file was rejected whole
    expect(got.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-4"]);
    const rows = got.rejects.filter((r) => r.stage === "pipeline");
    expect(rows.map((r) => r.record_id)).toEqual(["rec-1", "rec-2", "rec-3", null]);
    expect(rows.at(-1)!.reason).toMatch(/^document 6 of 6 not processed \(the 2 before are kept\): time budget exceeded: one document took longer than 1000 ms, or the file longer than \d+ ms; 3 of its documents had run over or crashed already$/);
    // the rows are those of a single pass that skips the lost documents
    const single = JSON.parse(onePass(requests.at(-1)!.skip)) as FileResult;
    expect(got.articles).toEqual(single.articles.filter((a) => a.record_id !== "rec-5"));
  });
});

describe("a file given up on: the lost documents' rows whatever the checkpoints' timing (keepFinished)", () => {
  const bytes = new TextEncoder().encode(jsonl);
  const ctx = stageView(configOf({}), undefined);
  /**
   * The file's result when documents 2, 4, 5 and 6 run away in turn (units 1, 3, 4, 5; the fourth gives the file up),
   * each try stopped with every checkpoint a worker could send up to its stop (`checkpointed`) or with none (a slow
   * machine: reports go out at most one per 250 ms). A fake runner: no worker, no clock.
   */
  const givenUp = (checkpointed: boolean, input = "export.jsonl", file = bytes): Promise<FileResult> => resultWithStops(input, file, [1, 3, 4, 5], checkpointed);

  it("each lost document's row reads the same with and without checkpoints; the last row names only the documents with no row", async () => {
    const fast = await givenUp(true);
    const slow = await givenUp(false);
    // with checkpoints, records 0 and 2 finished and are kept; without, nothing is
    expect(fast.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-2"]);
    expect(slow.articles).toEqual([]);
    const lost = (r: FileResult) => r.rejects.slice(0, -1);
    const reasons = [2, 4, 5].map((n) => `time budget exceeded: document ${n} of 6 (line ${n}) took longer than 1000 ms`);
    // The same rows, in document order, without "the file's other documents are kept", each naming its record.
    expect(lost(fast)).toEqual(reasons.map((reason, k) => ({ input: "export.jsonl", record_id: `rec-${[1, 3, 4][k]}`, reason, stage: "pipeline" })));
    expect(lost(slow)).toEqual(lost(fast));
    // The last row: the documents that have no row of their own, and the kept ones counted without the lost ones.
    const tail = " not processed";
    expect(fast.rejects.at(-1)!.reason).toMatch(new RegExp(`^document 6 of 6${tail} \\(the 2 before are kept\\): time budget exceeded: one document`));
    expect(slow.rejects.at(-1)!.reason).toMatch(new RegExp(`^documents 1, 3 and 6 of 6${tail}: time budget exceeded: one document`));
  });

  it("a feed whose item ids are longer than any real one: the same rows with and without checkpoints, each id rejected as a JSON record's is", async () => {
    // ids past LIMITS.recordFieldChars: ASCII past the cell's 64 KiB, CJK (three bytes each) past it too, and one CJK id that is kept
    const ids = [0, 1, 2, 3, 4, 5].map((n) => (n === 2 ? "湖".repeat(2_000) : n % 2 ? `urn:x:${n}:${"q".repeat(70_000)}` : `${n}-${"湖".repeat(22_000)}`));
    const item = (id: string, n: number) => `<item><guid>${id}</guid><title>Ferry ${n}</title><description>The ferry to the island ran ${n} times on Sunday. The harbour office said so.</description></item>`;
    const feed = new TextEncoder().encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>${ids.map(item).join("")}</channel></rss>`);
    const fast = await givenUp(true, "feed.xml", feed);
    const slow = await givenUp(false, "feed.xml", feed);
    // the lost documents' rows, and the load stage's (sent at once, with the first document, whatever the throttle)
    const lost = (r: FileResult) => r.rejects.filter((x) => x.stage === "pipeline").slice(0, -1);
    expect(lost(slow)).toEqual(lost(fast));
    expect(slow.rejects.filter((x) => x.stage === "load")).toEqual(fast.rejects.filter((x) => x.stage === "load"));
    // the load stage's rows: each long id rejected, the item kept without it
    expect(fast.rejects.filter((x) => x.stage === "load").map((x) => [x.record_id, x.reason])).toEqual(
      [0, 1, 3, 4, 5].map((n) => [null, `item ${n}: field "guid" rejected: ${ids[n].length} characters, more than ${LIMITS.recordFieldChars}; the record is kept without it`]),
    );
    // the lost documents: named by where the feed has them; the kept CJK id (6,000 bytes) names its own
    expect(lost(fast).map((x) => x.record_id)).toEqual([null, null, null]);
    expect(lost(fast).map((x) => x.reason)).toEqual([1, 3, 4].map((n) => `time budget exceeded: document ${n + 1} of 6 (item ${n}) took longer than 1000 ms`));
    expect(fast.articles.map((a) => a.record_id)).toEqual([null, ids[2]]);
  });

  it("notProcessed names the documents without a row of their own, as runs", () => {
    const skip = (...units: number[]) => new Map(units.map((u) => [u, "lost"]));
    expect(notProcessed(5, skip(1, 2, 3), { unit: 5, units: 6 })).toBe("document 6 of 6 not processed");
    expect(notProcessed(4, skip(), { unit: 4, units: 6 })).toBe("documents 5–6 of 6 not processed");
    expect(notProcessed(0, skip(1, 3, 4), { unit: 5, units: 8 })).toBe("documents 1, 3 and 6–8 of 8 not processed");
    expect(notProcessed(1458, skip(), undefined)).toBe("documents 1459 and after not processed");
    expect(notProcessed(0, skip(1, 3), undefined)).toBe("documents 1, 3 and 5 and after not processed");
  });
});

describe("the name of a lost document (runtime/pool.ts UnitCell, pipeline/document.ts documentLabel)", () => {
  it("the cell gives back the unit the worker is in with its label, or none", () => {
    const worker = new UnitCell();
    const pool = new UnitCell(worker.buffer);
    expect(pool.read()).toBeUndefined();
    worker.enter(4, 9, documentLabel({ recordId: "séance-𝔸", where: "line 7" }));
    expect(pool.read()).toEqual({ unit: 4, units: 9, label: '["séance-𝔸","line 7"]' });
    expect(documentName(pool.read()!.label)).toEqual({ recordId: "séance-𝔸", where: "line 7" });
    // a unit without a label never shows the label of the one before
    worker.enter(6, 9);
    expect(pool.read()).toEqual({ unit: 6, units: 9 });
    // the longest record id a document keeps (LIMITS.recordFieldChars), of characters JSON escapes six bytes long, fits
    const id = "\u0007".repeat(LIMITS.recordFieldChars);
    worker.enter(5, 9, documentLabel({ recordId: id, where: "line 100000" }));
    expect(documentName(pool.read()!.label)).toEqual({ recordId: id, where: "line 100000" });
    // a label longer than the cell is not kept (never cut)
    worker.enter(6, 9, "x".repeat(UnitCell.LABEL_BYTES + 1));
    expect(pool.read()).toEqual({ unit: 6, units: 9 });
    expect(documentName(undefined)).toEqual({ recordId: null });
    worker.enter(undefined, undefined);
    expect(pool.read()).toBeUndefined();
    // a cell used again for the next task: a unit at the same position without a label shows none
    worker.enter(5, 9, documentLabel({ recordId: "a", where: "line 6" }));
    worker.enter(undefined, undefined);
    worker.enter(5, 1);
    expect(pool.read()).toEqual({ unit: 5, units: 1 });
  });

  it("each document of a feed or an export is named by its id and where the file has it", () => {
    const ctx = stageView(configOf({}), undefined);
    const item = (guid: string | null, n: number) =>
      `<item>${guid ? `<guid>${guid}</guid>` : ""}<title>Ferry ${n}</title><description>The ferry to the island ran ${n} times on Sunday. The harbour office said so.</description></item>`;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>${item("g-1", 1)}${item(null, 2)}${item("g-3", 3)}</channel></rss>`;
    const names = (input: string, text: string) => {
      const got: DocumentName[] = [];
      processFile(input, new TextEncoder().encode(text), ctx, { onDocument: (unit, _units, _save, label) => void (unit !== undefined && got.push(documentName(label))) });
      return got;
    };
    expect(names("feed.xml", feed)).toEqual([
      { recordId: "g-1", where: "item 0" },
      { recordId: null, where: "item 1" },
      { recordId: "g-3", where: "item 2" },
    ]);
    // a blank line and a broken one before the records: the line, not the position among the documents
    const lines = ["", "{not json", JSON.stringify({ text: "The ferry ran twice on Sunday. The harbour office said so." }), JSON.stringify({ id: 12, text: "The ferry ran once on Monday. The office said so." })];
    expect(names("export.jsonl", lines.join("\n"))).toEqual([{ recordId: null, where: "line 3" }, { recordId: "12", where: "line 4" }]);
  });
});
