/**
 * A file of many documents (a JSON Lines export, a feed) loses only the document that runs over its time
 * budget: that record is a reject of its own, naming it, and the file's other records are in the outputs,
 * the same as when nothing runs away (pipeline/job.ts, runtime/pool.ts). The runaway is made certain by a
 * test worker (test/helpers/runaway-worker.mjs) that never ends one chosen document.
 */
import { describe, expect, it } from "vitest";
import { configOf } from "../schemas/config.ts";
import { documentExecutor, inlineExecutor, MAX_DOCUMENTS_LOST, workerExecutor, type JobContext, type WorkRequest } from "../pipeline/job.ts";
import { taskCeilingMs, type Outcome, type RunHooks, type TaskRunner } from "../runtime/pool.ts";
import type { FileResult } from "../pipeline/document.ts";
import type { ProcessedFile } from "../pipeline/digest.ts";

const script = new URL("./helpers/runaway-worker.mjs", import.meta.url);
const limits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };
// Invented records, one story each.
const towns = ["Aldmere", "Brockhollow", "Carnwick", "Dunmarsh", "Eastholt", "Fennbury"];
const jsonl = towns
  .map((t, i) => JSON.stringify({ id: `rec-${i}`, title: `${t} opens a new library`, text: `The town of ${t} opened a new library on Monday. The mayor said ${i + 2} schools would use it every week.` }))
  .join("\n");
const resultOf = (p: ProcessedFile): FileResult => JSON.parse(typeof p.json === "string" ? p.json : new TextDecoder().decode(p.json)) as FileResult;
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
        { input: "export.jsonl", record_id: "rec-2", stage: "pipeline", reason: "time budget exceeded: document 3 of 6 took longer than 8000 ms; the file's other documents are kept" },
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
        { input: "export.jsonl", record_id: "rec-4", stage: "pipeline", reason: "worker crashed on document 5 of 6: worker exited (code 9); the file's other documents are kept" },
      ]);
    } finally {
      await ex.close();
    }
  }, 180_000);

  it("a file whose records keep running away is rejected whole after MAX_DOCUMENTS_LOST of them", async () => {
    const ex = workerExecutor(1, 4_000, { config: configOf({}) }, script, limits);
    try {
      const got = resultOf(await ex.run({ ...request(), runaway: "all" } as WorkRequest));
      expect(got.articles).toEqual([]);
      expect(got.rejects).toHaveLength(1);
      expect(got.rejects[0]).toMatchObject({ input: "export.jsonl", record_id: null, stage: "pipeline" });
      expect(got.rejects[0].reason).toMatch(/^time budget exceeded: one document took longer than 4000 ms/);
      expect(got.rejects[0].reason).toContain(`${MAX_DOCUMENTS_LOST} of its documents had run over or crashed already, so the file is rejected whole`);
      expect(MAX_DOCUMENTS_LOST).toBeLessThan(towns.length);
    } finally {
      await ex.close();
    }
  }, 180_000);

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
});
