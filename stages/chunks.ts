/**
 * Chunking guard for the taggers: an article longer than LIMITS.tagChunkChars is
 * tagged piece by piece, each piece whole sentences (a sentence longer than a
 * piece is cut at a space), and the spans are shifted back to article offsets.
 * A tagger's working memory (tokens, features, candidate matches) then stays
 * bounded by the piece, not the article: a 19 MB one-line text held 250 MB of
 * tokens at once. Articles below the bound (all real ones, see limits.ts) are
 * tagged whole, exactly as before.
 */
import { LIMITS } from "./limits.ts";

interface Span {
  start: number;
  end: number;
}

/** [start, end) pieces of `text` of at most `max` characters, cut at sentence ends, else at spaces. */
export function chunkBounds(text: string, sentences: readonly Span[], max: number = LIMITS.tagChunkChars): Span[] {
  if (text.length <= max) return [{ start: 0, end: text.length }];
  const cuts: number[] = [];
  for (const s of sentences) cuts.push(s.end);
  const out: Span[] = [];
  let start = 0;
  let k = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      // the last sentence end that fits, else the last space, else a hard cut
      while (k < cuts.length && cuts[k]! <= start) k++;
      let best = -1;
      for (let j = k; j < cuts.length && cuts[j]! <= end; j++) best = cuts[j]!;
      if (best > start) end = best;
      else {
        const space = text.lastIndexOf(" ", end);
        if (space > start) end = space;
      }
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** Run `tag` over each piece of `text` and return its spans at article offsets. */
export function tagInChunks<T extends Span>(text: string, sentences: readonly Span[], tag: (piece: string) => T[]): T[] {
  const bounds = chunkBounds(text, sentences);
  if (bounds.length === 1) return tag(text);
  const out: T[] = [];
  for (const b of bounds) {
    for (const span of tag(text.slice(b.start, b.end))) out.push({ ...span, start: span.start + b.start, end: span.end + b.start });
  }
  return out;
}
