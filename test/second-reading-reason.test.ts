/**
 * A JSON Lines file is read twice (counted, then processed record by record): when the second reading fails, the
 * error names its reason, not only that the reading differed. The loader is replaced so that its second call fails,
 * as a loader exception or a failed allocation would. All text invented.
 */
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ calls: 0 }));

vi.mock("../stages/load/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../stages/load/index.ts")>();
  const loadBytes: typeof real.loadBytes = (...args) => (++state.calls === 2 ? { ok: false, reason: "the decoder ran out of memory" } : real.loadBytes(...args));
  return { ...real, loadBytes };
});

const { processFile } = await import("../pipeline/document.ts");
const { stageView } = await import("../pipeline/steps.ts");
const { configOf } = await import("../schemas/config.ts");

describe("the second reading of a streamed file", () => {
  it("a failure keeps its reason", () => {
    const record = (id: string, text: string) => JSON.stringify({ id, title: `Harbour news ${id}`, text });
    const body = [record("a", "The ferry to the island left on time this morning with forty passengers."), record("b", "A new bakery opened on the quay; the owner plans to bake rye bread daily.")].join("\n");
    const ctx = stageView(configOf({}), undefined);
    expect(() => processFile("news.jsonl", new TextEncoder().encode(`${body}\n`), ctx)).toThrow(/news\.jsonl could not be read the second time: the decoder ran out of memory/);
    expect(state.calls).toBe(2);
  });
});
