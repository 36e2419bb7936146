/**
 * A hand-made entity model for rule tests: each listed (lower-case) word gets
 * one BIO label with a large weight, every other word is O. With the learned
 * part fixed this way, a test checks only the tagger's post-decoding rules.
 */
import { LABELS, loadModel, NUM_LABELS, type LinearChainModel, type ModelJson } from "../../stages/entities/model.ts";
import { tagEntitiesWith } from "../../stages/entities/tagger.ts";

const label = (name: string) => LABELS.indexOf(name);

export function modelSaying(words: Record<string, string>): LinearChainModel {
  const L = NUM_LABELS;
  const weights: Record<string, number[]> = { b: [label("O"), 100] };
  for (const [w, l] of Object.entries(words)) weights["w=" + w] = [label(l), 500];
  const json: ModelJson = { version: "test", labels: [...LABELS], scale: 100, trans: new Array(L * L).fill(0), start: new Array(L).fill(0), weights };
  return loadModel(json);
}

/** "TYPE text" of each mention the tagger finds with `model`. */
export const typed = (text: string, model: LinearChainModel): string[] => tagEntitiesWith(text, model).map((m) => `${m.type} ${m.text}`);
