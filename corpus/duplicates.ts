/**
 * Corpus pass: near-duplicate articles (the same story twice, syndicated
 * copies). Each article is summarised by a 64-bit SimHash of its word
 * 3-shingles (two 32-bit halves); candidates are found with LSH banding (four
 * 16-bit bands: two hashes within Hamming distance 3 share at least one band
 * exactly), so memory and time stay near-linear in the corpus size.
 * The later article (in output order) points to the earlier with duplicate_of.
 */
import type { Article } from "../schemas/records.ts";
import type { Annotator, ArticlePass } from "./pass.ts";
import { wordCharAt } from "../stages/common/words.ts";

/** Articles shorter than this are too short for a fingerprint to mean anything. */
const MIN_WORDS = 40;
/** Hamming distance up to which two fingerprints are the same story (of 64 bits). */
const MAX_DISTANCE = 3;

/** FNV-1a continued over the UTF-16 units `s[from, to)` from state `h`. */
function fnvOn(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a of the three words `s[a0, a1) + " " + s[b0, b1) + " " + s[c0, c1)`, without building that string. */
function shingleHash(s: string, a0: number, a1: number, b0: number, b1: number, c0: number, c1: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  h = Math.imul(fnvOn(h, s, a0, a1) ^ 32, 0x01000193);
  h = Math.imul(fnvOn(h, s, b0, b1) ^ 32, 0x01000193);
  return fnvOn(h, s, c0, c1) >>> 0;
}

/**
 * A 64-bit SimHash as two unsigned 32-bit halves; null for a text too short to fingerprint. An article of a text read
 * in parts (stages/load/parts.ts) carries its text (input and record, partedFingerprint) and its part number after them.
 */
export type Fingerprint = [number, number] | [number, number, string, number] | null;

/**
 * `h` for an article of part `part` of the text `text` (a key naming the input and its record). Articles of different
 * parts of one text are never near-duplicates of each other: the text is one, cut at a part's end (a text of repeated
 * lines, a log, gives parts alike). Within one part, as in a text read whole, they may be.
 */
export function partedFingerprint(h: Fingerprint, text: string, part: number): Fingerprint {
  return h === null ? null : [h[0], h[1], text, part];
}

/** Shingles counted in the byte lanes before they are added up (a lane holds 255). */
const LANE_MAX = 255;

/**
 * SimHash of the word 3-shingles of `text` lower-cased, the words being the runs that
 * `/[\p{L}\p{N}]+/gu` finds (code points: a surrogate pair is one character). Each bit is set
 * when more shingle hashes have it set than not.
 *
 * Written for speed with the same result as the plain form (kept in test/duplicates-simhash.test.ts
 * and compared there): words are read by a character loop instead of a regular expression,
 * hashed from their place in the text, and bits are counted four at a time, in byte lanes
 * (lane j of a half counts bits j, j+8, j+16 and j+24), emptied every 255 shingles. Three
 * words are kept at a time: an array of every word of a 100 MB text took gigabytes.
 */
export function simhash(text: string, minWords = MIN_WORDS): Fingerprint {
  const s = text.toLowerCase();
  const n = s.length;
  const lanes = new Uint32Array(16); // 0-7: high half, 8-15: low half
  const ones = new Float64Array(64);
  let inLanes = 0;
  let shingles = 0;
  let count = 0;
  let a0 = 0;
  let a1 = 0;
  let b0 = 0;
  let b1 = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    // Past the end reads as a non-word character of width 1, so a last word ends there.
    const w = i < n ? wordCharAt(s, i) : -1;
    if (w > 0) {
      if (start < 0) start = i;
      i += w - 1;
      continue;
    }
    if (start < 0) {
      i -= w + 1;
      continue;
    }
    // A word s[start, i) ends here.
    if (++count >= 3) {
      const hi = shingleHash(s, a0, a1, b0, b1, start, i, 0x9e3779b9);
      const lo = shingleHash(s, a0, a1, b0, b1, start, i, 0x7f4a7c15);
      for (let j = 0; j < 8; j++) {
        lanes[j] += (hi >>> j) & 0x01010101;
        lanes[8 + j] += (lo >>> j) & 0x01010101;
      }
      shingles++;
      if (++inLanes === LANE_MAX) {
        emptyLanes(lanes, ones);
        inLanes = 0;
      }
    }
    a0 = b0;
    a1 = b1;
    b0 = start;
    b1 = i;
    start = -1;
    i -= w + 1;
  }
  if (count < minWords) return null;
  emptyLanes(lanes, ones);
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    // The plain form's sum of +1 / -1 per shingle is positive when the bit is set in more than half.
    if (2 * ones[b] > shingles) hi |= 1 << b;
    if (2 * ones[32 + b] > shingles) lo |= 1 << b;
  }
  return [hi >>> 0, lo >>> 0];
}

/** Add the byte lanes' counts to the per-bit counts (bits 0-31: high half, 32-63: low half) and empty them. */
function emptyLanes(lanes: Uint32Array, ones: Float64Array): void {
  for (let j = 0; j < 8; j++) {
    for (let k = 0; k < 4; k++) {
      ones[8 * k + j] += (lanes[j] >>> (8 * k)) & 0xff;
      ones[32 + 8 * k + j] += (lanes[8 + j] >>> (8 * k)) & 0xff;
    }
    lanes[j] = 0;
    lanes[8 + j] = 0;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bands of 16 bits per fingerprint (four of a 64-bit hash), each a bucket table of 2^16 heads. */
const BANDS = 4;
const BUCKETS = 1 << 16;

/**
 * Collects fingerprints in output order; `duplicateOf(id)` answers after all were added.
 * Held in typed arrays (about 24 bytes per article, plus a fixed 2 MB of bucket heads and
 * tails): the index stays small for hundreds of thousands of articles.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  /** Fingerprint halves by sequence number. */
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /**
   * Per band and bucket, the first and the latest sequence number in it (-1: none); `next` chains each to
   * the one after it, oldest first, so that a search stops at the first fingerprint near enough: the
   * earliest one, which is the answer. Walked newest first to the end, a bucket of thousands of copies
   * of one text (an error page, a repeated feed item) made the pass quadratic: 40,000 copies took 57 s.
   */
  private readonly heads = new Int32Array(BANDS * BUCKETS).fill(-1);
  private readonly tails = new Int32Array(BANDS * BUCKETS).fill(-1);
  private next = new Int32Array(1024 * BANDS);
  /** Sequence number of each duplicate's earliest near copy, by article id. */
  private readonly found = new Map<string, number>();
  /** The text and part of the articles of texts read in parts (partedFingerprint), by sequence number. */
  private readonly parted = new Map<number, { text: string; part: number }>();

  /** @param minWords shortest text that gets a fingerprint (shorter ones are never duplicates) */
  constructor(private readonly minWords = MIN_WORDS) {}

  /** Add articles in their output order (sorted by source and position). */
  add(articleId: string, text: string): void {
    this.addFingerprint(articleId, simhash(text, this.minWords));
  }

  /** As add(), with the fingerprint already computed (by simhash() with this index's minWords). */
  addFingerprint(articleId: string, h: Fingerprint): void {
    if (!h) return;
    const seq = this.ids.length;
    this.reserve(seq + 1);
    const keys = bandKeys(h);
    let best = -1;
    for (let band = 0; band < BANDS; band++) {
      // Oldest first: past `best` (found in an earlier band) nothing can be earlier.
      for (let other = this.heads[keys[band]]; other >= 0 && (best < 0 || other < best); other = this.next[other * BANDS + band]) {
        const d = popcount((h[0] ^ this.hi[other]) >>> 0) + popcount((h[1] ^ this.lo[other]) >>> 0);
        if (d <= MAX_DISTANCE && !this.otherPart(h, other)) {
          best = other;
          break;
        }
      }
    }
    this.ids.push(articleId);
    this.hi[seq] = h[0];
    this.lo[seq] = h[1];
    for (let band = 0; band < BANDS; band++) {
      const tail = this.tails[keys[band]];
      this.next[seq * BANDS + band] = -1;
      if (tail < 0) this.heads[keys[band]] = seq;
      else this.next[tail * BANDS + band] = seq;
      this.tails[keys[band]] = seq;
    }
    if (h.length === 4) this.parted.set(seq, { text: h[2], part: h[3] });
    if (best >= 0) {
      // The earliest copy, unless that is another part of this article's own text: then the copy found.
      const root = this.found.get(this.ids[best]!) ?? best;
      this.found.set(articleId, this.otherPart(h, root) ? best : root);
    }
  }

  /** Whether the article at `seq` is of another part of the text `h` is of (never its near-duplicate). */
  private otherPart(h: NonNullable<Fingerprint>, seq: number): boolean {
    if (h.length !== 4) return false;
    const p = this.parted.get(seq);
    return p !== undefined && p.text === h[2] && p.part !== h[3];
  }

  duplicateOf(articleId: string): string | null {
    const seq = this.found.get(articleId);
    return seq === undefined ? null : this.ids[seq]!;
  }

  private reserve(n: number): void {
    if (n <= this.hi.length) return;
    const grow = <T extends Uint32Array | Int32Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    const size = this.hi.length * 2;
    this.hi = grow(this.hi, size);
    this.lo = grow(this.lo, size);
    this.next = grow(this.next, size * BANDS);
  }
}

function bandKeys([hi, lo]: NonNullable<Fingerprint>): number[] {
  // band index in the top bits so that equal 16-bit values of different bands never collide
  return [hi >>> 16, (hi & 0xffff) | BUCKETS, (lo >>> 16) | (2 * BUCKETS), (lo & 0xffff) | (3 * BUCKETS)];
}

/** The near-duplicate pass (contract: corpus/pass.ts): each article's SimHash, folded into a DuplicateIndex; sets `duplicate_of`. */
export function nearDuplicatesPass(): ArticlePass<Fingerprint, Annotator> {
  const index = new DuplicateIndex();
  const resolved: Annotator = {
    annotate: (a) => {
      a.duplicate_of = index.duplicateOf(a.article_id);
    },
  };
  return {
    name: "near-duplicates",
    observe: observeDuplicates,
    fold: (articleId, fingerprint) => index.addFingerprint(articleId, fingerprint),
    // duplicateOf answers as soon as every fingerprint was added: nothing left to compute.
    resolve: () => resolved,
  };
}

/** The near-duplicate pass's observation of one article: its SimHash. */
export function observeDuplicates(a: Pick<Article, "text">): Fingerprint {
  return simhash(a.text);
}
