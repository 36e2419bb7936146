/**
 * Corpus pass: canonical entities merged across articles.
 *
 * Mentions are reduced to small summaries as they are added: for each
 * (type, matching key) a "node" with the count of each surface, and for each
 * article the nodes it mentions with their counts. `resolve()` then groups
 * nodes into entities in two phases:
 *
 * A. Certain merges, independent of context: the same matching key (case,
 *    diacritics, particles, transliteration table, whole-name variants, see
 *    canonical/normalize.ts), a one-letter spelling difference inside a long
 *    word (canonical/transliteration.ts), alias pairs declared in a text
 *    ("Harakat al-Tahrir (Liberation Movement)"), and the well-known alternative names
 *    of one entity ("Russian Federation" = "Russia", canonical/known-aliases.ts).
 * B. Short forms that need context: a PERSON surname alone ("Lavrov") and an
 *    ORG/GPE acronym ("ISIL"). Each is matched against the entities of its own
 *    article first, then of the corpus; it merges only when exactly one entity
 *    fits. When several fit it stays unmerged (`entityId: null`,
 *    `ambiguous: true`): an ambiguous alias is never guessed.
 *
 * Types are strict: "Moscow" (GPE) never merges with "Moscow Group" (ORG), and
 * keys are compared whole, so "UN" never merges with "UN Security Council".
 *
 * Everything in the result is a function of the summed summaries, which are the
 * same whatever order the articles were added in, and shards can be summed
 * with `serialize()`/`merge()`.
 */
import { createHash } from "node:crypto";
import type { Article, EntityType, Entity } from "../schemas/records.ts";
import { acronymInitials } from "../stages/common/initials.ts";
import { KNOWN_ALIASES } from "../stages/entities/canonical/known-aliases.ts";
import { displayName, firstAndSurname, isAcronymSurface, matchKey, nameWords, plainTokens, SURNAME_PARTICLES } from "../stages/entities/canonical/normalize.ts";
import { NEAR_SPELLING_MIN_LENGTH, nearSpelling, VOWEL_VARIANT_MIN_LENGTH, vowelClassForm, vowelVariant } from "../stages/entities/canonical/transliteration.ts";
import { LIMITS } from "../stages/limits.ts";
import { declaredAliasPairs, type AliasPair } from "../stages/entities/canonical/declared-aliases.ts";
import { shorterOrgKeys } from "../stages/entities/canonical/org-names.ts";
import { GPE_PHRASES, NORP_WORDS } from "../stages/entities/lexicon.ts";
import { utf16Converter } from "../stages/offsets.ts";
import type { Annotator, ArticlePass } from "./pass.ts";

export interface MentionKey {
  text: string;
  type: EntityType;
}

export interface EntityResolution {
  entityId: string | null;
  ambiguous: boolean;
}

/** Two surfaces a document declares to be the same entity (declared in stages/entities/canonical/declared-aliases.ts). */
export type { AliasPair };

/** The serialisable summary of an index, for sharded runs: `merge()` sums summaries. */
export interface EntityIndexSummary {
  format: "broadsheet-entity-index/1";
  /** Every (type, matching key) with its surfaces and their counts; sorted by type, then key. */
  nodes: { type: EntityType; key: string; surfaces: [string, number][] }[];
  /**
   * Per article, [node index, mention count, first mention] pairs (the first mention's rank among the article's
   * mentions; a summary without it reads as unknown); sorted by article id, then node index.
   */
  articles: [string, ([number, number] | [number, number, number])[]][];
  /** Declared alias links between two node indexes. */
  aliasLinks: [number, number][];
}

export interface ResolvedEntities {
  /** Canonical entities, sorted by `entity_id`. */
  entities: Entity[];
  /** The entity of one mention in one article (surname-only and acronym mentions depend on their article). */
  entityFor(articleId: string, m: MentionKey): EntityResolution;
}

/** Longest single-word key taken as a possible acronym ("UNESCO" has 6 letters). */
const MAX_ACRONYM_LENGTH = 6;

/** Entity types whose acronyms are matched to long forms by their initials. */
const ACRONYM_TYPES: ReadonlySet<EntityType> = new Set(["ORG", "GPE"]);

interface NodeData {
  type: EntityType;
  key: string;
  /** Surface → number of mentions (0 for a surface known only from a declared alias pair). */
  surfaces: Map<string, number>;
}

/** Per article: node ids (ascending), mention counts and the rank of each node's first mention, as parallel arrays. */
interface ArticleSummary {
  nodes: Int32Array<ArrayBufferLike>;
  counts: Int32Array<ArrayBufferLike>;
  firsts: Int32Array<ArrayBufferLike>;
}
/** The first-mention rank of a node whose rank is unknown (a summary written without ranks). */
const UNKNOWN_FIRST = 0x7fffffff;

/**
 * The per-article summaries of a corpus in growing typed arrays (one slot
 * after another) and a map from article id to its slot: 8 bytes per distinct
 * entity per article, instead of two typed arrays (with their headers) per
 * article.
 */
class ArticleStore {
  private readonly slots = new Map<string, number>();
  /** Slot k holds nodes/counts [start[k], start[k + 1]). */
  private start = new Int32Array(1024);
  private nodes = new Int32Array(8192);
  private counts = new Int32Array(8192);
  private firsts = new Int32Array(8192);
  private used = 0;
  private filled = 0;

  get(articleId: string): ArticleSummary | undefined {
    const k = this.slots.get(articleId);
    return k === undefined ? undefined : this.slot(k);
  }

  /** Replaces the article's summary (node ids ascending). */
  set(articleId: string, nodes: readonly number[], counts: readonly number[], firsts: readonly number[]): void {
    if (this.filled + 2 > this.start.length) this.start = grown(this.start, this.start.length * 2);
    const need = this.used + nodes.length;
    if (need > this.nodes.length) {
      const size = Math.max(need, this.nodes.length * 2);
      this.nodes = grown(this.nodes, size);
      this.counts = grown(this.counts, size);
      this.firsts = grown(this.firsts, size);
    }
    this.nodes.set(nodes, this.used);
    this.counts.set(counts, this.used);
    this.firsts.set(firsts, this.used);
    this.used = need;
    // A replaced article leaves its old slot unused: rare (an article id added twice).
    this.slots.set(articleId, this.filled);
    this.filled++;
    this.start[this.filled] = this.used;
  }

  /** Every article's summary, in the order the articles were first added. */
  *entries(): IterableIterator<[string, ArticleSummary]> {
    for (const [id, k] of this.slots) yield [id, this.slot(k)];
  }

  *values(): IterableIterator<ArticleSummary> {
    for (const k of this.slots.values()) yield this.slot(k);
  }

  /** Views into the store (valid until the next set()). */
  private slot(k: number): ArticleSummary {
    const from = this.start[k]!;
    const to = this.start[k + 1]!;
    return { nodes: this.nodes.subarray(from, to), counts: this.counts.subarray(from, to), firsts: this.firsts.subarray(from, to) };
  }
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const nodeName = (type: EntityType, key: string) => `${type}\t${key}`;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class EntityIndex {
  private readonly nodes: NodeData[] = [];
  private readonly nodeIds = new Map<string, number>();
  /** "type\tsurface" → node id: surfaces repeat across articles, and their key costs a dozen regular expressions. */
  private readonly surfaceNodes = new Map<string, number>();
  private readonly articles = new ArticleStore();
  /** Declared alias links, as "nodeName\u0001nodeName" with the names in code-unit order. */
  private readonly aliasLinks = new Set<string>();

  /**
   * Adds the mentions of one article (in article order) and the alias pairs the
   * article declares. Adding the same article id twice adds to its counts.
   * An alias pair takes the type of the first mention whose key matches either
   * side; a pair that matches no mention is ignored (its type is unknown).
   */
  add(articleId: string, mentions: MentionKey[], aliasPairs: readonly AliasPair[] = []): void {
    const counts = new Map<number, number>();
    const firsts = new Map<number, number>();
    let rank = 0;
    for (const m of mentions) {
      const surface = m.text.trim();
      const id = this.surfaceNode(m.type, surface);
      const node = this.nodes[id]!;
      // Punctuation alone ("—", "...") names nothing.
      if (node.key === "") continue;
      node.surfaces.set(surface, (node.surfaces.get(surface) ?? 0) + 1);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!firsts.has(id)) firsts.set(id, rank);
      rank++;
    }
    // The first mention of each type and key, so that a pair looks its type up instead of comparing keys
    // with every mention (an article of thousands of "Name (ACRONYM)" pairs was quadratic: 5 s for 80 KB).
    const firstOf = new Map<string, number>();
    const types = new Set<EntityType>();
    if (aliasPairs.length) {
      mentions.forEach((m, i) => {
        const name = nodeName(m.type, this.keyOf(m.type, m.text));
        if (!firstOf.has(name)) firstOf.set(name, i);
        types.add(m.type);
      });
    }
    for (const [a, b] of aliasPairs) {
      let first = Infinity;
      for (const t of types) {
        for (const side of [a, b]) first = Math.min(first, firstOf.get(nodeName(t, this.keyOf(t, side))) ?? Infinity);
      }
      const type = mentions[first]?.type;
      if (!type) continue;
      const ids = [a, b].map((s) => {
        const id = this.surfaceNode(type, s.trim());
        const surfaces = this.nodes[id]!.surfaces;
        if (!surfaces.has(s.trim())) surfaces.set(s.trim(), 0);
        return id;
      });
      this.link(ids[0]!, ids[1]!);
    }
    this.addArticleCounts(articleId, counts, firsts);
  }

  /** The summary of everything added, in a canonical order (identical for the same content). */
  serialize(): EntityIndexSummary {
    const order = this.nodes.map((_, i) => i).sort((a, b) => byCodeUnits(this.nodeName(a), this.nodeName(b)));
    const position = new Int32Array(this.nodes.length);
    order.forEach((id, pos) => (position[id] = pos));
    const nodes = order.map((id) => {
      const n = this.nodes[id]!;
      const surfaces = [...n.surfaces].sort(([a], [b]) => byCodeUnits(a, b));
      return { type: n.type, key: n.key, surfaces };
    });
    const articles = [...this.articles.entries()]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([articleId, s]): [string, [number, number, number][]] => [
        articleId,
        [...s.nodes].map((id, i): [number, number, number] => [position[id]!, s.counts[i]!, s.firsts[i]!]).sort((x, y) => x[0] - y[0]),
      ]);
    const aliasLinks = [...this.aliasLinks]
      .map((l) => l.split("\u0001").map((name) => position[this.nodeIds.get(name)!]!) as [number, number])
      .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    return { format: "broadsheet-entity-index/1", nodes, articles, aliasLinks };
  }

  /** Adds another index or its summary (a shard) to this one. The sum does not depend on the order of merges. */
  merge(other: EntityIndex | EntityIndexSummary): void {
    const summary = other instanceof EntityIndex ? other.serialize() : other;
    const ids = summary.nodes.map((n) => {
      const id = this.node(n.type, n.key);
      const surfaces = this.nodes[id]!.surfaces;
      for (const [s, c] of n.surfaces) {
        surfaces.set(s, (surfaces.get(s) ?? 0) + c);
        this.surfaceNodes.set(nodeName(n.type, s), id);
      }
      return id;
    });
    for (const [articleId, pairs] of summary.articles) {
      const counts = new Map<number, number>();
      const firsts = new Map<number, number>();
      for (const [pos, c, first] of pairs) {
        counts.set(ids[pos]!, (counts.get(ids[pos]!) ?? 0) + c);
        firsts.set(ids[pos]!, Math.min(firsts.get(ids[pos]!) ?? UNKNOWN_FIRST, first ?? UNKNOWN_FIRST));
      }
      this.addArticleCounts(articleId, counts, firsts);
    }
    for (const [a, b] of summary.aliasLinks) this.link(ids[a]!, ids[b]!);
  }

  resolve(): ResolvedEntities {
    // A surface already added knows its node; another one is looked up by its matching key.
    const nodeOf = (m: MentionKey) =>
      this.surfaceNodes.get(nodeName(m.type, m.text.trim())) ?? this.nodeIds.get(nodeName(m.type, matchKey(m.text, m.type)));
    return new Resolution(this.nodes, nodeOf, this.articles, [...this.linkPairs(), ...this.knownAliasLinks()]).result();
  }

  /** Links between the names of one well-known entity (canonical/known-aliases.ts) that occur in the corpus. */
  private knownAliasLinks(): [number, number][] {
    const links: [number, number][] = [];
    for (const group of KNOWN_ALIASES) {
      const present = group.names
        .map((name) => this.nodeIds.get(nodeName(group.type, matchKey(name, group.type))))
        .filter((id): id is number => id !== undefined && this.nodes[id]!.key !== "");
      for (let k = 1; k < present.length; k++) links.push([present[0]!, present[k]!]);
    }
    return links;
  }

  /** The matching key of a surface, from the cache when the surface is known. */
  private keyOf(type: EntityType, surface: string): string {
    const id = this.surfaceNodes.get(nodeName(type, surface.trim()));
    return id === undefined ? matchKey(surface, type) : this.nodes[id]!.key;
  }

  private surfaceNode(type: EntityType, surface: string): number {
    const name = nodeName(type, surface);
    let id = this.surfaceNodes.get(name);
    if (id === undefined) {
      id = this.node(type, matchKey(surface, type));
      this.surfaceNodes.set(name, id);
    }
    return id;
  }

  private node(type: EntityType, key: string): number {
    const name = nodeName(type, key);
    let id = this.nodeIds.get(name);
    if (id === undefined) {
      id = this.nodes.length;
      this.nodes.push({ type, key, surfaces: new Map() });
      this.nodeIds.set(name, id);
    }
    return id;
  }

  private nodeName(id: number): string {
    const n = this.nodes[id]!;
    return nodeName(n.type, n.key);
  }

  private link(a: number, b: number): void {
    if (a === b) return;
    const [x, y] = [this.nodeName(a), this.nodeName(b)].sort(byCodeUnits);
    this.aliasLinks.add(`${x}\u0001${y}`);
  }

  private linkPairs(): [number, number][] {
    return [...this.aliasLinks].map((l) => l.split("\u0001").map((name) => this.nodeIds.get(name)!) as [number, number]);
  }

  /** Adds mention counts and first-mention ranks; an article added again ranks its new mentions after the old ones. */
  private addArticleCounts(articleId: string, counts: Map<number, number>, firsts: Map<number, number>): void {
    const previous = this.articles.get(articleId);
    // An article that mentions nothing takes no slot: nothing asks for it, and a million one-line records each held
    // an id in the store's map (about 90 bytes each).
    if (!previous && counts.size === 0) return;
    if (previous) {
      let before = 0;
      for (const c of previous.counts) before += c;
      for (const [id, f] of firsts) firsts.set(id, f === UNKNOWN_FIRST ? f : Math.min(UNKNOWN_FIRST, f + before));
      previous.nodes.forEach((id, i) => {
        counts.set(id, (counts.get(id) ?? 0) + previous.counts[i]!);
        firsts.set(id, previous.firsts[i]!);
      });
    }
    const ids = [...counts.keys()].sort((a, b) => a - b);
    this.articles.set(articleId, ids, ids.map((id) => counts.get(id)!), ids.map((id) => firsts.get(id) ?? UNKNOWN_FIRST));
  }
}

/** Union-find over node ids; the representative is the smallest id, so the partition prints the same way every time. */
class Partition {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** What a short form (surname alone, acronym) resolves to outside any article. */
type ShortResolution = { kind: "entity"; group: number } | { kind: "own" } | { kind: "ambiguous" };

/** The computation behind `EntityIndex.resolve()`: read-only over the index's summaries. */
class Resolution {
  private readonly partition: Partition;
  /** Node is a short form: a PERSON surname alone or an ORG/GPE acronym. */
  private readonly isShort: boolean[];
  /** Component root → the component holds a full (not short) node. */
  private readonly hasFull = new Set<number>();
  /** Short node → the groups (component roots) whose full names it can stand for. */
  private readonly candidates = new Map<number, number[]>();
  /** One-word PERSON node → the groups of full names that open with it as a given name ("Jane" → "Jane Roe"). */
  private readonly givenCandidates = new Map<number, number[]>();
  private readonly global = new Map<number, ShortResolution>();
  /** ORG node whose key is a shorter form of other organisations' names ("Senate") → their groups (canonical/org-names.ts). */
  private readonly shorterOrg = new Map<number, number[]>();
  private lastGroups: { articleId: string; groups: GroupCounts } | null = null;

  constructor(
    private readonly nodes: readonly NodeData[],
    private readonly nodeOf: (m: MentionKey) => number | undefined,
    private readonly articles: Pick<ArticleStore, "get" | "values">,
    links: readonly [number, number][],
  ) {
    this.partition = new Partition(nodes.length);
    this.isShort = nodes.map((n) => isShortForm(n));
    for (const [a, b] of links) this.partition.union(a, b);
    this.unionNearSpellings();
    this.unionMiddleNames();
    nodes.forEach((_, id) => {
      if (!this.isShort[id]) this.hasFull.add(this.partition.find(id));
    });
    this.findCandidates();
    this.findShorterOrgForms();
  }

  result(): ResolvedEntities {
    const entityOfGroup = this.buildEntities();
    const entities = [...entityOfGroup.values()].sort((a, b) => byCodeUnits(a.entity_id, b.entity_id));
    return {
      entities,
      entityFor: (articleId, m) => {
        const id = this.nodeOf(m);
        if (id === undefined) return { entityId: null, ambiguous: false };
        // Only a short form depends on its article (resolveIn gives a full name its group whatever the article).
        const r = this.isShort[id] || this.shorterOrg.has(id) ? this.resolveIn(id, this.fullGroupsOf(articleId)) : this.partition.find(id);
        if (r === "ambiguous") return { entityId: null, ambiguous: true };
        return { entityId: entityOfGroup.get(r)?.entity_id ?? null, ambiguous: false };
      },
    };
  }

  /**
   * One substituted letter in one long word of otherwise identical full names of one type;
   * for places, also one swapped vowel (e/i, o/u) in a word of five letters or more ("Idleb"/"Idlib").
   * Each long word is written once per letter with that letter masked (not the first: `nearSpelling`
   * keeps it); two names that land in the same bucket differ by exactly that letter. A place word's
   * vowel-class form is its bucket. Linear in the letters of the names: comparing every pair in a
   * bucket was quadratic, and a run of capitalised words (one "name" of 16,000 words) took 26 s and
   * 1.5 GB. Names or words beyond the bounds of stages/limits.ts are not names and are not compared.
   */
  private unionNearSpellings(): void {
    /** The names compared, each with its tokens. */
    const names: { id: number; tokens: string[] }[] = [];
    this.nodes.forEach((n, id) => {
      if (this.isShort[id] || n.key.length > LIMITS.mentionChars) return;
      const tokens = n.key.split(" ");
      if (tokens.length <= LIMITS.mentionWords) names.push({ id, tokens });
    });
    // Two names meet only when every other word is the same. A word whose context (type, place, the other words)
    // no other name shares is never written out letter by letter; the contexts are first told apart by a number
    // (the words' ids hashed from both ends: no string per word), and only a number two words share is looked at
    // again, as a string (a hash collision costs a little work, never a merge). A name of 24 capitalised words
    // wrote its whole text once per letter of each word.
    const wordIds = new Map<string, number>();
    const idOf = (w: string) => wordIds.get(w) ?? (wordIds.set(w, wordIds.size + 1), wordIds.size);
    const mix = (h: number, x: number) => Math.imul(h ^ x, 0x9e3779b1) ^ (Math.imul(h ^ x, 0x9e3779b1) >>> 15);
    const contextHashes = (n: { id: number; tokens: string[] }): number[] => {
      const ids = n.tokens.map(idOf);
      const suffix = new Array<number>(ids.length + 1);
      suffix[ids.length] = 0x2545f491;
      for (let i = ids.length - 1; i >= 0; i--) suffix[i] = mix(suffix[i + 1]!, ids[i]!);
      const out: number[] = [];
      let prefix = mix(idOf(this.nodes[n.id]!.type), ids.length);
      for (let i = 0; i < ids.length; i++) {
        out.push(mix(mix(prefix, suffix[i + 1]!), i) & 0x3fffffff);
        prefix = mix(prefix, ids[i]!);
      }
      return out;
    };
    const hashes = names.map(contextHashes);
    const twice = new Map<number, boolean>();
    for (const hs of hashes) for (const h of hs) twice.set(h, twice.has(h));
    const context = (n: { id: number; tokens: string[] }, i: number) => `${this.nodes[n.id]!.type}\t${i}\t${n.tokens.slice(0, i).join(" ")}\t\t${n.tokens.slice(i + 1).join(" ")}`;
    const first = new Map<string, number>();
    /** The first name seen in a bucket stands for it: each later one is compared with it alone. */
    const meet = (bucket: string, id: number, i: number, t: string, same: (a: string, b: string) => boolean) => {
      const seen = first.get(bucket);
      if (seen === undefined) first.set(bucket, id);
      else if (same(this.nodes[seen]!.key.split(" ")[i]!, t)) this.partition.union(seen, id);
    };
    names.forEach((n, k) => {
      const type = this.nodes[n.id]!.type;
      const place = type === "GPE" || type === "LOC";
      n.tokens.forEach((t, i) => {
        if (!twice.get(hashes[k]![i]!)) return;
        const c = context(n, i);
        if (t.length >= NEAR_SPELLING_MIN_LENGTH) {
          for (let j = 1; j < t.length; j++) meet(`N${c}\t${t.slice(0, j)}\u0000${t.slice(j + 1)}`, n.id, i, t, nearSpelling);
        } else if (place && t.length >= VOWEL_VARIANT_MIN_LENGTH) {
          // Vowel classes make the bucket: only true vowel variants share one.
          meet(`V${c}\t${vowelClassForm(t)}`, n.id, i, t, vowelVariant);
        }
      });
    });
  }

  /**
   * A two-word PERSON name merges with the one longer name of the corpus that has the same first
   * word and surname ("Jane Roe" = "Jane Mary Roe", canonical/normalize.ts `firstAndSurname`).
   * Two longer ones ("Jane A. Roe", "Jane B. Roe") leave it apart. Decided on the groups as they
   * were before any of these merges, so the result does not depend on the order of the nodes.
   */
  private unionMiddleNames(): void {
    const longer = new Map<string, Set<number>>();
    this.nodes.forEach((n, id) => {
      if (n.type !== "PERSON" || this.isShort[id]) return;
      const k = firstAndSurname(n.key);
      if (k === null) return;
      const groups = longer.get(k) ?? new Set<number>();
      groups.add(this.partition.find(id));
      longer.set(k, groups);
    });
    const unions: [number, number][] = [];
    this.nodes.forEach((n, id) => {
      if (n.type !== "PERSON" || this.isShort[id]) return;
      const groups = longer.get(n.key);
      if (groups?.size === 1) unions.push([id, [...groups][0]!]);
    });
    for (const [a, b] of unions) this.partition.union(a, b);
  }

  /** Indexes full names by surname (PERSON) and initials (ORG/GPE), then looks up every short form. */
  private findCandidates(): void {
    const index = new Map<string, Set<number>>();
    const put = (k: string, group: number) => {
      const s = index.get(k);
      if (s) s.add(group);
      else index.set(k, new Set([group]));
    };
    this.nodes.forEach((n, id) => {
      if (this.isShort[id]) return;
      const group = this.partition.find(id);
      if (n.type === "PERSON") {
        for (const surname of surnamesOf(n.key)) put(`PERSON\t${surname}`, group);
        const first = n.key.split(" ")[0]!;
        if (first !== n.key) put(`GIVEN\t${first}`, group);
      } else if (ACRONYM_TYPES.has(n.type)) {
        for (const surface of n.surfaces.keys()) {
          for (const initials of acronymInitials(nameWords(surface, n.type))) put(`${n.type}\t${initials}`, group);
        }
      }
    });
    this.nodes.forEach((n, id) => {
      if (!this.isShort[id]) return;
      const root = this.partition.find(id);
      if (this.hasFull.has(root)) {
        // Linked to a full name by a declared alias pair: already resolved.
        this.global.set(id, { kind: "entity", group: root });
        return;
      }
      const keys =
        n.type === "PERSON"
          ? [n.key]
          : [...n.surfaces.keys()].filter(isAcronymSurface).map((s) => plainTokens(s, n.type).join(""));
      const groups = new Set<number>();
      for (const k of keys) for (const g of index.get(`${n.type}\t${k}`) ?? []) groups.add(g);
      const list = [...groups].sort((a, b) => a - b);
      this.candidates.set(id, list);
      if (n.type === "PERSON" && !n.key.includes(" ")) {
        const given = [...(index.get(`GIVEN\t${n.key}`) ?? [])].filter((g) => !groups.has(g)).sort((a, b) => a - b);
        if (given.length > 0) this.givenCandidates.set(id, given);
      }
      this.global.set(
        id,
        list.length === 1 ? { kind: "entity", group: list[0]! } : list.length === 0 ? { kind: "own" } : { kind: "ambiguous" },
      );
    });
  }

  /**
   * ORG names that are a shorter form of other organisations' names: without a leading place or
   * nationality the corpus or the lexicon knows ("Pittsburgh Pirates" → "Pirates"), or without a
   * generic head word ("Harvard University" → "Harvard"); see canonical/org-names.ts.
   */
  private findShorterOrgForms(): void {
    const places = new Set<string>();
    this.nodes.forEach((n) => {
      if ((n.type === "GPE" || n.type === "NORP") && n.key !== "") places.add(n.key);
    });
    for (const p of PLACE_LEXICON_KEYS()) places.add(p);
    const byShorter = new Map<string, Set<number>>();
    this.nodes.forEach((n, id) => {
      if (n.type !== "ORG" || this.isShort[id] || n.key.length > LIMITS.mentionChars) return;
      for (const k of shorterOrgKeys(n.key, (lead) => places.has(lead))) {
        const groups = byShorter.get(k) ?? new Set<number>();
        groups.add(this.partition.find(id));
        byShorter.set(k, groups);
      }
    });
    this.nodes.forEach((n, id) => {
      if (n.type !== "ORG" || this.isShort[id]) return;
      const own = this.partition.find(id);
      const groups = [...(byShorter.get(n.key) ?? [])].filter((g) => g !== own).sort((a, b) => a - b);
      if (groups.length > 0) this.shorterOrg.set(id, groups);
    });
  }

  /** fullGroupsIn of an article by its id, remembered for the article asked last (its mentions are asked in a row). */
  private fullGroupsOf(articleId: string): GroupCounts {
    if (this.lastGroups?.articleId !== articleId) {
      const article = this.articles.get(articleId);
      this.lastGroups = { articleId, groups: article ? this.fullGroupsIn(article) : new GroupCounts() };
    }
    return this.lastGroups.groups;
  }

  /** Groups of the full names mentioned in one article, each with its number of full-name mentions there. */
  private fullGroupsIn(article: ArticleSummary): GroupCounts {
    const groups = new GroupCounts();
    article.nodes.forEach((id, i) => {
      if (this.isShort[id]) return;
      const g = this.partition.find(id);
      groups.set(g, (groups.get(g) ?? 0) + article.counts[i]!);
      groups.first.set(g, Math.min(groups.first.get(g) ?? UNKNOWN_FIRST, article.firsts[i]!));
    });
    return groups;
  }

  /** The group a node's mention belongs to in an article whose full-name groups are given, or "ambiguous". */
  private resolveIn(id: number, localGroups: GroupCounts): number | "ambiguous" {
    const longer = this.shorterOrg.get(id);
    if (longer) {
      // A shorter organisation name joins the one longer name of its own article (several there: ambiguous).
      const local = longer.filter((g) => localGroups.has(g));
      if (local.length > 0) return local.length === 1 ? local[0]! : "ambiguous";
      // None there: the one longer name of the corpus, as a surname (several: its own entity, as before).
      return longer.length === 1 ? longer[0]! : this.partition.find(id);
    }
    const global = this.global.get(id);
    if (!this.isShort[id] || !global) return this.partition.find(id);
    if (global.kind === "entity" && this.hasFull.has(this.partition.find(id))) return global.group;
    // In its own article a one-word name may be a surname or a given name ("Jane" for "Jane Roe"):
    // it merges only when one person of the article fits either way. A given name never merges across articles.
    const local = [...(this.candidates.get(id) ?? []), ...(this.givenCandidates.get(id) ?? [])].filter((g) => localGroups.has(g));
    if (local.length === 1) return local[0]!;
    if (local.length > 1) return this.nodes[id]!.type === "PERSON" ? dominantBearer(local, this.givenCandidates.get(id), localGroups) : "ambiguous";
    if (global.kind === "entity") return global.group;
    if (global.kind === "own") return this.partition.find(id);
    return "ambiguous";
  }

  /** Sums mentions, articles and surfaces per group and names each group. */
  private buildEntities(): Map<number, Entity> {
    interface Tally {
      mentions: number;
      articles: number;
      lastArticle: number;
      /** Nodes whose surfaces are aliases; `full` ones also propose the canonical name. */
      members: Set<number>;
    }
    const tallies = new Map<number, Tally>();
    const tally = (group: number) => {
      let t = tallies.get(group);
      if (!t) tallies.set(group, (t = { mentions: 0, articles: 0, lastArticle: -1, members: new Set() }));
      return t;
    };
    let articleNo = 0;
    for (const article of this.articles.values()) {
      const localGroups = this.fullGroupsIn(article);
      article.nodes.forEach((id, i) => {
        const group = this.resolveIn(id, localGroups);
        if (group === "ambiguous") return;
        const t = tally(group);
        t.mentions += article.counts[i]!;
        t.members.add(id);
        if (t.lastArticle !== articleNo) {
          t.lastArticle = articleNo;
          t.articles++;
        }
      });
      articleNo++;
    }
    // Surfaces known only from declared alias pairs are aliases of their group too.
    this.nodes.forEach((_, id) => {
      const group = this.partition.find(id);
      if (tallies.has(group) && (!this.isShort[id] || this.hasFull.has(group))) tallies.get(group)!.members.add(id);
    });
    const out = new Map<number, Entity>();
    for (const [group, t] of tallies) {
      if (t.mentions === 0) continue;
      const members = [...t.members];
      // A shorter organisation name ("Senate") names only its own group, never the longer name it joined.
      const full = members.filter((id) => !this.isShort[id] && (!this.shorterOrg.has(id) || this.partition.find(id) === group));
      const type = this.nodes[group]!.type;
      const name = canonicalName(full.length > 0 ? full : members, this.nodes, type);
      const aliases = new Set<string>([name]);
      for (const id of members) for (const s of this.nodes[id]!.surfaces.keys()) aliases.add(s);
      out.set(group, {
        entity_id: entityId(type, matchKey(name, type)),
        name,
        type,
        aliases: [...aliases].sort(byCodeUnits),
        mention_count: t.mentions,
        article_count: t.articles,
      });
    }
    return out;
  }
}

/** Full-name mention counts per group of one article, with each group's first full-name mention rank. */
class GroupCounts extends Map<number, number> {
  readonly first = new Map<number, number>();
}

/**
 * The person a lone surname names in an article that gives the surname to several people: the one named in full
 * first there and clearly most often (at least twice, and at least twice as often as each other bearer), as the
 * subject of a biography or a news story is, beside relatives or namesakes named later ("Jane Roe" first and three
 * times, "Tom Roe" once: "Roe said" is Jane Roe). Wire copy names its subject in full once and then by surname, and a
 * second bearer in full each time: a most-named bearer who is not the first named leaves it ambiguous ("Mark Roe",
 * "Roe" four times, "Jane Roe" twice), and so do two people named about as often and a one-word name that is also
 * the given name of a person of the article (a given name merges only with the one person who has it).
 */
function dominantBearer(local: readonly number[], given: readonly number[] | undefined, counts: GroupCounts): number | "ambiguous" {
  if (given?.some((g) => counts.has(g))) return "ambiguous";
  let best = -1;
  let bestCount = 0;
  let second = 0;
  for (const g of local) {
    const c = counts.get(g) ?? 0;
    if (c > bestCount) {
      second = bestCount;
      best = g;
      bestCount = c;
    } else if (c > second) second = c;
  }
  if (bestCount < DOMINANT_MIN_MENTIONS || bestCount < DOMINANT_RATIO * second) return "ambiguous";
  const first = counts.first.get(best) ?? UNKNOWN_FIRST;
  if (first === UNKNOWN_FIRST) return "ambiguous";
  return local.every((g) => g === best || (counts.first.get(g) ?? UNKNOWN_FIRST) > first) ? best : "ambiguous";
}
/** A dominant bearer of a surname is named in full at least this often in the article... */
const DOMINANT_MIN_MENTIONS = 2;
/** ...and at least this many times as often as any other bearer. */
const DOMINANT_RATIO = 2;

/** Matching keys of the lexicon's countries, cities, states and nationalities (computed once). */
let placeLexiconKeys: string[] | undefined;
function PLACE_LEXICON_KEYS(): string[] {
  return (placeLexiconKeys ??= [
    ...[...GPE_PHRASES].map((p) => matchKey(p, "GPE")),
    ...[...NORP_WORDS].map((p) => matchKey(p, "NORP")),
  ]);
}

/**
 * A short form needs context to be resolved: a PERSON name that is a surname
 * alone ("Lavrov", "de Mistura"), or an ORG/GPE single word written as an
 * acronym ("ISIL", "U.N." is not short: it is a whole-name variant).
 */
function isShortForm(n: NodeData): boolean {
  const tokens = n.key.split(" ");
  if (n.type === "PERSON") return tokens.slice(0, -1).every((t) => SURNAME_PARTICLES.has(t));
  if (!ACRONYM_TYPES.has(n.type) || tokens.length !== 1 || tokens[0]!.length > MAX_ACRONYM_LENGTH) return false;
  // The key must still be the acronym's letters: "OK" is keyed "oklahoma" (a whole-name variant), not short.
  return [...n.surfaces.keys()].some((s) => isAcronymSurface(s) && plainTokens(s, n.type).join("") === n.key);
}

/** The surnames a full PERSON key answers to: its last word, and with the particles before it ("de mistura"). */
function surnamesOf(key: string): string[] {
  const tokens = key.split(" ");
  const out = [tokens[tokens.length - 1]!];
  let i = tokens.length - 2;
  while (i > 0 && SURNAME_PARTICLES.has(tokens[i]!)) {
    out.push(tokens.slice(i).join(" "));
    i--;
  }
  return out;
}

/**
 * The most frequent written form among the given nodes' surfaces (as
 * `displayName` shows them: no possessive, no title); ties go to the longer form, then to code-unit order.
 */
function canonicalName(ids: readonly number[], nodes: readonly NodeData[], type: EntityType): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    for (const [surface, c] of nodes[id]!.surfaces) {
      const name = displayName(surface, type);
      if (name) counts.set(name, (counts.get(name) ?? 0) + c);
    }
  }
  let best = "";
  let bestCount = -1;
  for (const [name, c] of counts) {
    const better =
      c > bestCount || (c === bestCount && (name.length > best.length || (name.length === best.length && name < best)));
    if (better) {
      best = name;
      bestCount = c;
    }
  }
  return best;
}

/** "E" + a hash of the type and the matching key of the canonical name: the same entity gets the same id in every run. */
export function entityId(type: EntityType, key: string): string {
  return "E" + createHash("sha256").update(`${type}\u0000${key}`).digest("hex").slice(0, 16);
}

/** What the canonical-entity pass keeps of one article: its mentions' surfaces and types, and the alias pairs it declares. */
export interface EntityObservation {
  mentions: MentionKey[];
  /** "Name (ACRONYM)" pairs the article declares. */
  aliasPairs: AliasPair[];
}

/** The entities of the corpus, and the annotator that sets each mention's `entity_id` and `ambiguous`. */
export interface CanonicalEntities extends Annotator {
  entities: Entity[];
}

/** The canonical-entity pass (contract: corpus/pass.ts): mentions folded into an EntityIndex, resolved once for the corpus. */
export function canonicalEntitiesPass(): ArticlePass<EntityObservation, CanonicalEntities> {
  const index = new EntityIndex();
  let resolved: CanonicalEntities | undefined;
  return {
    name: "canonical-entities",
    observe: observeEntities,
    fold: (articleId, seen) => index.add(articleId, seen.mentions, seen.aliasPairs),
    resolve: () => {
      if (resolved) return resolved;
      const canon = index.resolve();
      return (resolved = {
        entities: canon.entities,
        annotate: (a) => {
          for (const m of a.mentions) {
            const res = canon.entityFor(a.article_id, { text: m.text, type: m.type });
            m.entity_id = res.entityId;
            m.ambiguous = res.ambiguous;
          }
        },
      });
    },
  };
}

/** The canonical-entity pass's observation of one article. */
export function observeEntities(a: Article): EntityObservation {
  return { mentions: a.mentions.map((m) => ({ text: m.text, type: m.type })), aliasPairs: aliasPairsOf(a) };
}

/** Alias pairs the article declares ("Name (ACRONYM)"), found on UTF-16 offsets. */
function aliasPairsOf(a: Article): AliasPair[] {
  const u = utf16Converter(a.text);
  return declaredAliasPairs(a.text, a.mentions.map((m) => ({ start: u(m.start), end: u(m.end), text: m.text, type: m.type })));
}
