/**
 * Safety audit (docs/reliability.md): JSON Lines records processed as they are read, line ends of
 * every kind read one line at a time. Invented inputs only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processFile, type ArticleSink, type Checkpoint } from "../pipeline/document.ts";
import { keepCheckpoints } from "../pipeline/job.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import type { Article } from "../schemas/records.ts";
import { eachLine, splitLines } from "../stages/common/lines.ts";
import { LIMITS } from "../stages/limits.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const context = () => stageView(configOf({}), undefined);

const story = (i: number) =>
  JSON.stringify({
    id: `r${i}`,
    title: `Orchard report ${i}`,
    published: i === 2 ? "sometime last spring" : "2024-05-0" + ((i % 9) + 1),
    text: `The cider orchard on the east slope counted ${i + 40} crates of early apples this week, the cooperative said.\n\nPickers expect the late varieties to ripen in three weeks if the dry weather holds.`,
  });

/** Records, a malformed line, a record without text and one with an unreadable date: load rows and articles. */
const exportLines = [story(0), "{not json", story(1), JSON.stringify({ id: "empty", title: "No body" }), story(2), "", story(3), story(4)];

describe("a JSON Lines export is processed a record at a time", () => {
  it("counts its documents before the first one and keeps the load stage's rows first", () => {
    const data = bytes(exportLines.join("\r\n"));
    const seen: [number | undefined, number | undefined][] = [];
    const r = processFile("orchard.jsonl", data, context(), { onDocument: (unit, units) => void seen.push([unit, units]) });
    expect(r.articles.map((a) => a.record_id)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    // Progress between the two readings (no document yet), five documents each announced with the file's count, then
    // the call past the last one.
    expect(seen).toEqual([[undefined, undefined], [0, 5], [1, 5], [2, 5], [3, 5], [4, 5], [undefined, undefined]]);
    // The malformed line, the record without text and the unreadable date: rows of the load stage, in line order.
    expect(r.rejects.map((x) => [x.stage, x.record_id])).toEqual([
      ["load", null],
      ["load", "empty"],
      ["load", "r2"],
    ]);
    expect(r.rejects[0]!.reason).toMatch(/^line 2: invalid JSON/);
    expect(r.rejects[2]!.reason).toMatch(/^line 5: field "published" rejected/);
  });

  it("a failure of processing is thrown as it was, not turned into a reject of the file's loading", () => {
    const kept: Article[] = [];
    const sink: ArticleSink = {
      add(article) {
        if (kept.length === 2) throw new Error("disk full while keeping an article");
        kept.push(article);
      },
      get count() {
        return kept.length;
      },
      json: () => "",
    };
    expect(() => processFile("orchard.jsonl", bytes(exportLines.join("\n")), context(), { articles: sink })).toThrow("disk full while keeping an article");
    expect(kept.map((a) => a.record_id)).toEqual(["r0", "r1"]);
  });

  it("a try resumed from any checkpoint gives the single pass's rows", () => {
    const data = bytes(exportLines.join("\n"));
    const onePass = JSON.stringify(processFile("orchard.jsonl", data, context()));
    const checkpoints: Checkpoint[] = [];
    processFile("orchard.jsonl", data, context(), {
      onDocument: (_unit, _units, save) => {
        const c = save?.();
        if (c) checkpoints.push(c);
      },
    });
    expect(checkpoints.length).toBeGreaterThan(2);
    for (let k = 1; k <= checkpoints.length; k++) {
      const resume = keepCheckpoints(undefined, checkpoints.slice(0, k));
      expect(JSON.stringify(processFile("orchard.jsonl", data, context(), { resume })), `from checkpoint ${k}`).toBe(onePass);
    }
  });

  it("a record skipped on an earlier try is a reject in its place, the others processed", () => {
    const r = processFile("orchard.jsonl", bytes(exportLines.join("\n")), context(), { skip: new Map([[1, "ran over its time budget"]]) });
    expect(r.articles.map((a) => a.record_id)).toEqual(["r0", "r2", "r3", "r4"]);
    expect(r.rejects.at(-1)).toMatchObject({ record_id: "r1", reason: "ran over its time budget", stage: "pipeline" });
  });
});

describe("lines read one at a time", () => {
  it("are the lines splitLines gives, whatever the line ends", () => {
    for (const text of ["", "a", "a\n", "a\r\nb\rc\n", "\r\r\n\n", "one\rtwo\r", "a\n\rb", "x\r\n\r\ny", "tail\r"]) {
      expect([...eachLine(text)], JSON.stringify(text)).toEqual(splitLines(text));
    }
  });

  it("a long LF text with one CR at its very end: each LF line, then the CR line", () => {
    const text = `${"line\n".repeat(50_000)}end\r`;
    const lines = [...eachLine(text)];
    expect(lines.length).toBe(50_002);
    expect(lines.at(-2)).toBe("end");
  });
});

describe("story numbers of a text read in parts do not depend on what became of the parts before", () => {
  const saved = { ...LIMITS };
  beforeAll(() => void Object.assign(LIMITS, { textLines: 300, textPartLines: 100, documentTextChars: 5_000 }));
  afterAll(() => void Object.assign(LIMITS, saved));
  const VALLEYS = ["Aldmere", "Brockhurst", "Culverdale", "Dunmoor", "Eskwith"];
  const story = (i: number) =>
    [
      `${VALLEYS[i % 5]} bridge closes for repairs, notice ${i}`,
      "",
      `The old stone bridge at ${VALLEYS[i % 5]} will close on Monday for six weeks while masons repair the arches, the county said.`,
      "",
      "Buses will run a diversion through the upper village, adding about ten minutes to each journey in both directions.",
      "",
      "Share this article",
    ].join("\n");
  // Twenty-four stories cut by form feeds: read as several parts of at most 4,500 characters.
  const text = bytes(Array.from({ length: 24 }, (_, i) => story(i)).join("\n\f\n") + "\n");
  const shares = (r: ReturnType<typeof processFile>) => r.removed.filter((x) => x.text === "Share this article");

  it("a part skipped (over its time budget on an earlier try) leaves the later parts' numbers as they are", () => {
    const whole = processFile("notices.txt", text, context());
    const parts = (whole.notices ?? []).find((n) => n.rule === "load/text-parts");
    expect(parts).toBeDefined();
    const skipped = processFile("notices.txt", text, context(), { skip: new Map([[1, "ran over its time budget"]]) });
    // The rows of parts 0 and 2 onwards are the same rows with the same story numbers; part 1's are missing.
    const key = (x: { story: number | null; text: string }) => `${x.story} ${x.text}`;
    const kept = new Set(shares(skipped).map(key));
    expect(shares(whole).filter((x) => kept.has(key(x))).length).toBe(shares(skipped).length);
    expect(shares(skipped).length).toBeLessThan(shares(whole).length);
    expect(shares(skipped).length).toBeGreaterThan(shares(whole).length / 2);
    // Still one number per story, distinct across the parts.
    expect(new Set(shares(whole).map((x) => x.story)).size).toBe(24);
  });
});
