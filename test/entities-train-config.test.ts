// Training-set schedule helpers of eval/train-config.ts (experiment switches read from the environment at import).
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TrainDoc } from "../eval/lib/ner.ts";

async function config(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return import("../eval/train-config.ts");
}
afterEach(() => vi.unstubAllEnvs());

const doc = (corpus: string, text = "", labels: number[] = []): TrainDoc =>
  ({ doc: { id: corpus, corpus, text, entities: [] }, feats: labels.map(() => new Int32Array(0)), labels: Int32Array.from(labels) }) as unknown as TrainDoc;

describe("weighted", () => {
  it("repeats documents by whole weights and spreads a fractional weight evenly", async () => {
    const { weighted } = await config({ NER_WEIGHTS: '{"gum-train":0.5,"wikigold":1.5}' });
    const docs = [0, 1, 2, 3].map(() => doc("gum-train"));
    expect(weighted(docs).length).toBe(2);
    expect(weighted([0, 1, 2, 3].map(() => doc("wikigold"))).length).toBe(6);
    expect(weighted([doc("re3d-dev"), doc("crossner-train")]).length).toBe(4); // re3d 3×, others 1×
  });
  it("drops a corpus of weight 0", async () => {
    const { weighted } = await config({ NER_WEIGHTS: '{"uner-ewt-dev":0}' });
    expect(weighted([doc("uner-ewt-dev"), doc("wikigold")]).map((d) => d.doc.corpus)).toEqual(["wikigold"]);
  });
});

describe("chunked", () => {
  // Tokens: Ann Lee met Bob . He left . Then Ann . — labels O=0, B-x odd, I-x even.
  const text = "Ann Lee met Bob. He left. Then Ann.";
  const labels = [1, 2, 0, 1, 0, 0, 0, 0, 0, 1, 0];
  it("keeps whole documents by default", async () => {
    const { chunked } = await config({});
    expect(chunked([doc("wikigold", text, labels)]).length).toBe(1);
  });
  it("cuts after sentence ends once a piece is long enough, keeping every token once", async () => {
    const { chunked } = await config({ NER_CHUNK: "3" });
    const parts = chunked([doc("wikigold", text, labels)]);
    expect(parts.map((p) => p.labels.length)).toEqual([5, 3, 3]);
    expect(parts.flatMap((p) => [...p.labels])).toEqual(labels);
  });
});
