/**
 * A JSON Lines record on a long line costs time to parse before its document starts. That time is its own: a stop
 * while the line is parsed blames that record (named by its line), not the record before it, and the record's row
 * reads the same whether the job or a further try builds it (with and without checkpoints). Invented records; a fake
 * runner (test/helpers/fake-stops.ts: no worker, no clock) decides where each try stops.
 */
import { describe, expect, it, vi } from "vitest";
import { configOf } from "../schemas/config.ts";
import { documentName, processFile, type Checkpoint, type DocumentName, type FileResult } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { LONG_LINE_CHARS } from "../stages/load/index.ts";
import { resultWithStops } from "./helpers/fake-stops.ts";

const towns = ["Aldmere", "Brockhollow", "Carnwick", "Dunmarsh", "Eastholt", "Fennbury"];
const sentence = (t: string, i: number) => `The town of ${t} opened a new library on Monday. The mayor said ${i + 2} schools would use it every week.`;
/** Record 1 is on a line longer than LONG_LINE_CHARS; the others are short. */
const lines = towns.map((t, i) => JSON.stringify({ id: `rec-${i}`, title: `${t} opens a new library`, text: i === 1 ? Array.from({ length: Math.ceil(LONG_LINE_CHARS / 90) + 5 }, () => sentence(t, i)).join(" ") : sentence(t, i) }));
const bytes = new TextEncoder().encode(lines.join("\n"));
const ctx = stageView(configOf({}), undefined);

describe("a long JSON Lines record's parse is charged to that record", () => {
  it("its document is announced before its line is parsed, named by the line alone, then by its record id", () => {
    expect(lines[1].length).toBeGreaterThanOrEqual(LONG_LINE_CHARS);
    const calls: [number, DocumentName][] = [];
    processFile("export.jsonl", bytes, ctx, { onDocument: (unit, _units, _save, label) => void (unit !== undefined && calls.push([unit, documentName(label)])) });
    expect(calls).toEqual([
      [0, { recordId: "rec-0", where: "line 1" }],
      [1, { recordId: null, where: "line 2" }], // the long line, before it is parsed
      [1, { recordId: "rec-1", where: "line 2" }],
      [2, { recordId: "rec-2", where: "line 3" }],
      [3, { recordId: "rec-3", where: "line 4" }],
      [4, { recordId: "rec-4", where: "line 5" }],
      [5, { recordId: "rec-5", where: "line 6" }],
    ]);
  });

  it("a try resumed from the checkpoint made as the long line is announced gives the single pass's result", () => {
    const single = JSON.stringify(processFile("export.jsonl", bytes, ctx));
    let atLong: Checkpoint | undefined;
    processFile("export.jsonl", bytes, ctx, {
      onDocument: (unit, _units, save, label) => {
        if (unit === 1 && documentName(label).recordId === null) atLong = save?.();
        else save?.(); // every document's checkpoint in turn, as a worker with time to spare sends them
      },
    });
    expect(atLong).toMatchObject({ from: 0, to: 1 });
    expect(JSON.stringify(processFile("export.jsonl", bytes, ctx, { resume: { from: 1, prior: [atLong!.rows] } }))).toBe(single);
  });

  /** The file's result when the long record is stopped while its line is parsed, then records 4, 5 and 6 run away (the last gives the file up). */
  const givenUp = (checkpointed: boolean): Promise<FileResult> => resultWithStops("export.jsonl", bytes, [1, 3, 4, 5], checkpointed);

  it("stopped while its line is parsed, the record is the one blamed, and its row is the same with and without checkpoints", async () => {
    const fast = await givenUp(true);
    const slow = await givenUp(false);
    const lost = (r: FileResult) => r.rejects.filter((x) => x.stage === "pipeline").slice(0, -1);
    expect(lost(fast)).toEqual([
      { input: "export.jsonl", record_id: null, reason: "time budget exceeded: document 2 of 6 (line 2) took longer than 1000 ms", stage: "pipeline" },
      ...[4, 5].map((n) => ({ input: "export.jsonl", record_id: `rec-${n - 1}`, reason: `time budget exceeded: document ${n} of 6 (line ${n}) took longer than 1000 ms`, stage: "pipeline" })),
    ]);
    expect(lost(slow)).toEqual(lost(fast));
    // the record before the long one is not blamed: with checkpoints it is kept
    expect(fast.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-2"]);
  });
});

describe("a long line that gives no record is never charged to the record after it", () => {
  /** Line 2 is a record cut off mid-text (longer than LONG_LINE_CHARS, never closed); lines 1, 3 and 4 are good. */
  const cutLines = [lines[0], lines[1].slice(0, LONG_LINE_CHARS + 500), lines[2], lines[3]];
  const cut = new TextEncoder().encode(cutLines.join("\n"));
  const rowsFor = (r: FileResult, line: number) => r.rejects.filter((x) => x.reason.includes(`line ${line}`));
  const parsedLong = (run: () => void): number => {
    const parse = vi.spyOn(JSON, "parse");
    try {
      run();
      return parse.mock.calls.filter(([text]) => typeof text === "string" && text.length >= LONG_LINE_CHARS && !text.includes("\n")).length; // a line, not the whole file (tried as one JSON value first)
    } finally {
      parse.mockRestore();
    }
  };

  it("the cut-off line is read once, with the file, and no document is announced for it", () => {
    const calls: [number, DocumentName][] = [];
    let result: FileResult | undefined;
    const parses = parsedLong(() => {
      result = processFile("cut.jsonl", cut, ctx, { onDocument: (unit, _units, _save, label) => void (unit !== undefined && calls.push([unit, documentName(label)])) });
    });
    expect(parses).toBe(1); // the first reading's; the second reading knows the line gives no record
    expect(calls).toEqual([
      [0, { recordId: "rec-0", where: "line 1" }],
      [1, { recordId: "rec-2", where: "line 3" }],
      [2, { recordId: "rec-3", where: "line 4" }],
    ]);
    expect(result!.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-2", "rec-3"]);
    expect(rowsFor(result!, 2)).toHaveLength(1);
    expect(rowsFor(result!, 2)[0]).toMatchObject({ stage: "load", record_id: null });
    expect(rowsFor(result!, 2)[0].reason).toMatch(/^line 2: invalid JSON/);
  });

  it("a try told that the document at line 2 ran over skips only that line: line 3's record is kept, and line 2 has one row", () => {
    const reason = "time budget exceeded: document 2 of 3 (line 2) took longer than 1000 ms";
    // the position the job blamed now holds line 3's record: it is processed, not skipped
    const r = processFile("cut.jsonl", cut, ctx, { skip: new Map([[1, reason]]), skipIds: new Map([[1, null]]), skipWhere: new Map([[1, "line 2"]]) });
    expect(r.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-2", "rec-3"]);
    expect(rowsFor(r, 2)).toEqual([{ input: "cut.jsonl", record_id: null, reason, stage: "pipeline" }]);
    expect(rowsFor(r, 3)).toEqual([]);
  });

  it("a record blamed at a line it is no longer at is processed; at its own line it is skipped", () => {
    const reason = "time budget exceeded: document 3 of 6 (line 3) took longer than 1000 ms";
    const at = (where: string) => processFile("export.jsonl", bytes, ctx, { skip: new Map([[2, reason]]), skipWhere: new Map([[2, where]]) });
    expect(at("line 4").articles.map((a) => a.record_id)).toContain("rec-2");
    const skipped = at("line 3");
    expect(skipped.articles.map((a) => a.record_id)).not.toContain("rec-2");
    expect(skipped.rejects.filter((x) => x.stage === "pipeline")).toEqual([{ input: "export.jsonl", record_id: "rec-2", reason, stage: "pipeline" }]);
  });

  it("a long record blamed on an earlier try is not parsed again: one row stands for it, the records after it keep their places", () => {
    const reason = "time budget exceeded: document 2 of 6 (line 2) took longer than 1000 ms";
    let r: FileResult | undefined;
    const parses = parsedLong(() => {
      r = processFile("export.jsonl", bytes, ctx, { skip: new Map([[1, reason]]), skipIds: new Map([[1, null]]), skipWhere: new Map([[1, "line 2"]]) });
    });
    expect(parses).toBe(0);
    expect(r!.articles.map((a) => a.record_id)).toEqual(["rec-0", "rec-2", "rec-3", "rec-4", "rec-5"]);
    expect(r!.rejects).toEqual([{ input: "export.jsonl", record_id: null, reason, stage: "pipeline" }]);
    // the result of skipping the document after its line is parsed (a try that names no place for it)
    const parsedThenSkipped = processFile("export.jsonl", bytes, ctx, { skip: new Map([[1, reason]]), skipIds: new Map([[1, null]]) });
    expect(JSON.stringify(r)).toBe(JSON.stringify(parsedThenSkipped));
  });
});
