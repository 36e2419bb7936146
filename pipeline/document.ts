/**
 * One input file → article records (code-point offsets), removed blocks and
 * rejects. Pure function of the path, the bytes and the configuration, so it
 * can run on a worker thread or on another machine (a shard).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { sha256 } from "../runtime/sha256.ts";
import { Article, type Reject, type Removed } from "../schemas/records.ts";
import { loadBytes } from "../stages/load/index.ts";
import { LIMITS, capRecordId } from "../stages/limits.ts";
import type { ArticleDraft, SourceDoc, StageContext } from "../stages/types.ts";
import { codePointConverter } from "../stages/offsets.ts";
import { partedFingerprint, simhash, type Fingerprint } from "../corpus/duplicates.ts";
import { processSource, StageError } from "./steps.ts";
import { DOCUMENT_LENGTH_RULE, ELEMENTS_RULE, INPUT_LENGTH_RULE, TEXT_LINES_RULE } from "../stages/clean/bounds.ts";
import { TEXT_PARTS_RULE } from "../stages/load/parts.ts";
import type { Diagnostic, Notice } from "../stages/types.ts";

export interface FileResult {
  input: string;
  sha256: string;
  bytes: number;
  /** Articles in source order; mentions carry entity_id null until the corpus pass. */
  articles: Article[];
  removed: Removed[];
  rejects: Reject[];
  /** Set for an input not read on purpose (hidden file, OS or editor junk): why. */
  skipped?: string;
  /**
   * Near-duplicate fingerprint of each article (parallel to `articles`),
   * computed here so that the corpus pass, which runs on one thread, only
   * compares them.
   */
  fingerprints?: Fingerprint[];
  /** The loader format of each article's source document (parallel to `articles`): "html", "text", "jsonl"… */
  formats?: string[];
  /** What stages said about the documents (a stage skipped or degraded on an article's language…): shown in the report. */
  notices?: Notice[];
}

export type { Notice };

export interface DocumentOptions {
  maxBytes?: number;
  /** The charset of input files that declare none (config `input_encoding`), or null/absent: detected. */
  encoding?: string | null;
  /**
   * Called as each document of the file (a record, a feed item) starts, with its position and the file's
   * number of documents, and once more without them after the last: the worker's progress report. `save`
   * makes a checkpoint of the documents finished since the last one (see Checkpoint); the caller calls it
   * only when it reports progress (at most every 250 ms on a worker), and may not call it at all. `label` names
   * the document (documentLabel): a document lost with its worker is named by it. `now`: the checkpoint holds the load
   * stage's rows (a record rejected as the file was read): the caller sends it at once, not throttled, so that a file
   * given up on before its first report keeps them (pipeline/job.ts keepFinished).
   */
  onDocument?: (unit?: number, units?: number, save?: () => Checkpoint | undefined, label?: string, now?: boolean) => void;
  /**
   * Documents not processed, by position in the file: each is a reject with its reason (a record that ran
   * over its time budget on an earlier try, pipeline/job.ts), the file's other documents are kept.
   */
  skip?: ReadonlyMap<number, string>;
  /**
   * The record id each skipped document's row takes (pipeline/job.ts: the one the job named it by, from the label the
   * worker wrote; null for a document stopped while its long line was still being parsed), so that its row is the
   * same whether this try or the job builds it. A skipped document without an entry takes its own record id.
   */
  skipIds?: ReadonlyMap<number, string | null>;
  /**
   * Where each skipped document was, as the job named it (its label's `where`: "line 12"). A document is skipped only
   * where it is still there: at another place (an earlier try's positions, a long line read as no record) it is
   * processed. A long JSON Lines line named so is not parsed again: one reject row stands for it (stages/load
   * passLongLines).
   */
  skipWhere?: ReadonlyMap<number, string>;
  /**
   * Go on from the document at position `from`: `prior` holds what the documents before it gave, on an earlier
   * try of the file (its checkpoints' rows, their JSON text packed, in order: pipeline/job.ts). The result is the one a single
   * pass gives (the same rows in the same order, the same positions and ids), without processing those documents again.
   */
  resume?: { from: number; prior: Uint8Array[]; text?: TextPartsSoFar };
  /**
   * Where finished articles go instead of the result's `articles` (which then stays empty): a worker's store,
   * which keeps each one as JSON, in memory or in a file (pipeline/article-store.ts). Checkpoints read their
   * articles' JSON from it.
   */
  articles?: ArticleSink;
}

/** Takes each article as it is finished, in order, with its source's format and its fingerprint (see DocumentOptions `articles`). */
export interface ArticleSink {
  add(article: Article, format: string, fingerprint: Fingerprint): void;
  /** Articles taken so far. */
  readonly count: number;
  /** The JSON text of the articles from `from` to `to` (not included), joined with commas. */
  json(from: number, to: number): string;
}

/** The rows of a file's result that its documents add to (what a checkpoint carries), in a result's key order. */
export const ROW_KEYS = ["articles", "removed", "rejects", "fingerprints", "formats", "notices"] as const;
type RowKey = (typeof ROW_KEYS)[number];
export type ResultRows = Pick<FileResult, RowKey>;

/** Rows by key in ROW_KEYS order, notices only when there are any (the key order of a single pass's result). */
function rowsOf(get: (key: RowKey) => unknown[]): ResultRows {
  const rows: Partial<Record<RowKey, unknown[]>> = {};
  for (const key of ROW_KEYS) {
    const got = get(key);
    if (key !== "notices" || got.length > 0) rows[key] = got;
  }
  return rows as ResultRows;
}

/**
 * What the documents `from` ≤ position < `to` of a file gave: the rows they added, as JSON text (a string
 * is copied to the main thread compactly and dies young there). The first checkpoint of a try also holds the
 * load stage's rows (from is 0); consecutive checkpoints of a try join up (each `from` is the last `to`).
 */
export interface Checkpoint {
  from: number;
  to: number;
  /** Where the text being read in parts stood at `to`, when the document there is a later part of one (TextPartsSoFar). */
  text?: TextPartsSoFar;
  /** The rows' JSON text, compressed (packRows): the main thread holds a file's checkpoints until the file is done. */
  rows: Uint8Array;
}

/**
 * What the parts of a text read in parts (stages/load/parts.ts) gave before the part being processed: their articles
 * (null: not known, a try that began past the text's first part without a checkpoint saying).
 */
export interface TextPartsSoFar {
  articles: number | null;
}

/**
 * A checkpoint's rows as the main thread keeps them: their JSON text deflated (level 1, a few % of the CPU of
 * making the rows). A dense export's checkpoints came to about 40 MB of text held on the main thread while its
 * worker ran; compressed, a tenth of it. The text comes back byte for byte (unpackRows): JSON.stringify's text has
 * no lone surrogates, so its UTF-8 round trip is exact.
 */
export function packRows(json: string): Uint8Array {
  // Its own buffer: a small Buffer is a view of a shared pool, which a message to the main thread would copy whole.
  return new Uint8Array(deflateRawSync(Buffer.from(json, "utf8"), { level: 1 }));
}

/** The JSON text of packed rows (packRows). */
export function unpackRows(rows: Uint8Array): string {
  return inflateRawSync(rows).toString("utf8");
}

/** Row arrays joined in order into new arrays: each checkpoint's rows, as parsed from its JSON. */
export function joinRows(parts: ResultRows[]): ResultRows {
  return rowsOf((key) => {
    const joined: unknown[] = [];
    for (const part of parts) for (const row of part[key] ?? []) joined.push(row); // a loop: push(...rows) overflows the stack on large arrays
    return joined;
  });
}


/**
 * What names a document of a file of many when it is lost with its worker (ran over its budget, or the worker died
 * in it: pipeline/job.ts): its record id and where the file has it ("line 12", "item 3"). Sent as text as each
 * document starts (runtime/pool.ts UnitCell), so the reject row names it whether or not a checkpoint carried it.
 */
export interface DocumentName {
  recordId: string | null;
  where?: string;
}
/**
 * A document's label: its record id as its rows give it (capRecordId: none past LIMITS.recordFieldChars, for any
 * source) and where the file has it, so the label always fits the cell (UnitCell.LABEL_BYTES) and the row keepFinished builds
 * from it names the document as the worker's own row does.
 */
export const documentLabel = (source: { recordId: string | null; where?: string }): string => JSON.stringify([capRecordId(source.recordId), source.where ?? null]);
/** The name in a cell's label; a label that is not one (never expected: the cell keeps whole labels only) names nothing. */
export function documentName(label: string | undefined): DocumentName {
  try {
    const [recordId, where] = label === undefined ? [] : (JSON.parse(label) as [string | null, string | null]);
    return { recordId: typeof recordId === "string" ? recordId : null, ...(typeof where === "string" && where ? { where } : {}) };
  } catch {
    return { recordId: null };
  }
}

/**
 * Stable article id: the same source, record and position give the same id on every run. A later part of a text read
 * in parts (stages/load/parts.ts, `part` > 0) adds its number; the first part's articles keep the ids a whole text gives.
 */
export function articleId(source: string, recordId: string | null, docIndex: number, articleIndex: number, part = 0): string {
  return sha256(`${source}\u0000${recordId ?? ""}\u0000${docIndex}\u0000${articleIndex}${part > 0 ? `\u0000part ${part}` : ""}`).slice(0, 16);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Place a stage's Diagnostic on its input: the one way a notice enters a result. */
function addNotice(result: FileResult, input: string, recordId: string | null, d: Diagnostic): void {
  (result.notices ??= []).push({ input, record_id: recordId, stage: d.stage, rule: d.rule, level: d.level, message: d.message, language: d.language ?? null });
}

/**
 * In a part of a text read in parts (stages/load/parts.ts), the audit rows the cleaner gives one line at a time are
 * joined: a removed line right after a removed line (RemovedBlock `follows`: no kept line between, one contiguous
 * removed block) of the same rule, reason and story is added to its row's text (a line end between), up to
 * PART_AUDIT_LINES lines or PART_AUDIT_CHARS characters a row; past that a new row starts. Lines removed in separate
 * places stay separate rows, as in a text read whole. Every removed line stays in tables/removed.csv, in order; a
 * million removed list lines made a million rows, whose objects and CSV text ran the worker of its own out of memory
 * (and took 1.4 GB with --workers 0) once the file was done. Texts within the bounds keep a row per block.
 */
const PART_AUDIT_LINES = 1_000;
/** Under the 32,767 characters a spreadsheet cell holds (the CSV is meant to open in one: its formula guard). */
export const PART_AUDIT_CHARS = 32_000;
function auditMerger(): (rows: Removed[], row: Removed, follows: boolean) => boolean {
  let joined = 0;
  let last: Removed | null = null;
  return (rows, row, follows) => {
    const prev = rows.length > 0 ? rows[rows.length - 1]! : null;
    if (follows && prev !== null && prev === last && joined < PART_AUDIT_LINES && prev.text.length + 1 + row.text.length <= PART_AUDIT_CHARS && prev.rule === row.rule && prev.reason === row.reason && prev.story === row.story) {
      prev.text += `\n${row.text}`;
      joined++;
      return true;
    }
    last = row;
    joined = 1;
    return false;
  };
}

/** `text` in pieces of at most PART_AUDIT_CHARS characters (a surrogate pair never split): one audit row each. */
export function auditPieces(text: string): string[] {
  if (text.length <= PART_AUDIT_CHARS) return [text];
  const pieces: string[] = [];
  for (let at = 0; at < text.length; ) {
    let to = Math.min(text.length, at + PART_AUDIT_CHARS);
    const c = text.charCodeAt(to - 1);
    if (to < text.length && c >= 0xd800 && c <= 0xdbff) to--;
    pieces.push(text.slice(at, to));
    at = to;
  }
  return pieces;
}

/** A reject reason's opening for a part of a text read in parts (its lines, as `where` has them), else nothing. */
const partOf = (source: SourceDoc): string => (source.part && source.where ? `${source.where}: ` : "");

export function processFile(input: string, bytes: Uint8Array, ctx: StageContext, opts: DocumentOptions = {}): FileResult {
  const result: FileResult = { input, sha256: sha256(bytes), bytes: bytes.length, articles: [], removed: [], rejects: [], fingerprints: [], formats: [] };
  // The file is read twice when its records are handed over one at a time (a JSON or JSON Lines export, see
  // LoadOptions onRecord): first for the load stage's rows and the number of documents, keeping no record, then
  // again, each record processed as it is read. A worker never holds every record of a million-record export
  // (about 190 bytes each); both readings are the same pure function of the bytes, so they give the same records.
  let streamed = 0;
  // Long lines blamed on an earlier try (by line number: the document they held), and those the first reading finds
  // give no record: neither is parsed by the second reading, so neither can be blamed for the record after it.
  const blamedLines = new Map<number, number>();
  for (const [unit, where] of opts.skipWhere ?? []) {
    const line = /^line (\d+)$/.exec(where);
    if (line && opts.skip?.has(unit)) blamedLines.set(Number(line[1]), unit);
  }
  const passLongLines = new Map<number, "blamed" | "unusable">([...blamedLines.keys()].map((line) => [line, "blamed"]));
  const loaded = loadBytes(input, bytes, {
    maxBytes: opts.maxBytes,
    encoding: opts.encoding,
    onRecord: () => void streamed++,
    passLongLines,
    onBlamedLine: () => void streamed++,
    onUnusableLongLine: (line) => void passLongLines.set(line, "unusable"),
  });
  if (!loaded.ok) {
    result.rejects.push({ input, record_id: null, reason: loaded.reason, stage: "load" });
    return result;
  }
  // A try that goes on from a checkpoint (or from the load stage's rows alone: `from` 0).
  const resumed = opts.resume && (opts.resume.from > 0 || opts.resume.prior.length > 0) ? opts.resume : undefined;
  const from = resumed?.from ?? 0;
  if (resumed) {
    // The earlier tries' rows, the load stage's included (the key order of a single pass: notices last, when any).
    Object.assign(result, joinRows(resumed.prior.map((rows) => JSON.parse(unpackRows(rows)) as ResultRows)));
    if (opts.articles) {
      for (const [k, a] of result.articles.entries()) opts.articles.add(a, result.formats![k], result.fingerprints![k]);
      result.articles = [];
    }
  } else {
    // Skipped records (malformed JSON lines, wrong field types) and rejected fields of kept records are rejects;
    // other warnings (a charset fallback…) are the load stage's diagnostics: notices, like every stage's.
    for (const w of loaded.warnings) {
      if (w.skipped || w.rejected) result.rejects.push({ input, record_id: w.recordId, reason: w.reason, stage: "load" });
      else addNotice(result, input, w.recordId, { stage: "load", rule: w.rule ?? "load/notice", level: "warning", message: w.reason });
    }
  }
  const sink = opts.articles;
  // The parts of the text being read in parts so far (TextPartsSoFar): from the checkpoint a resumed try goes on from.
  // Audit rows of a text read in parts carry story numbers of the whole text: a part's stories are numbered on from the
  // lines before it (its first story takes the 0-based number of its first line; a story holds a line at least, so no
  // two parts share a number). They follow from the part's place alone, never from what became of the parts before:
  // counted on from those parts' stories, a part skipped on its time budget (one story) shifted every later number,
  // and a budget is CPU time, so the numbers differed between machines.
  let parts: TextPartsSoFar = resumed?.text ? { ...resumed.text } : { articles: null };
  // The document being processed: a checkpoint is made as it starts (`save(unit)`, called from onDocument).
  let current: SourceDoc | undefined;
  const units = streamed > 0 ? streamed : loaded.docs.length;
  const save = checkpointer(result, from, resumed !== undefined, sink, () => ((current?.part?.n ?? 0) > 0 ? { ...parts } : undefined));
  /** The document at `unit` starts (or its long line is about to be parsed): progress, a checkpoint, its label. */
  const announce = (unit: number, label: string): void => {
    const now = unit === from && !resumed && (result.rejects.length > 0 || (units > 1 && (result.notices?.length ?? 0) > 0));
    if (units > 1 || now) opts.onDocument?.(unit, units, () => save(unit), label, now);
    else opts.onDocument?.(unit, 1);
  };
  /** A skipped document's reject row: the record id the job named it by, when it gave one (pipeline/job.ts keepFinished builds the same row). */
  const skipRow = (unit: number, reason: string, recordId: string | null): void => {
    result.rejects.push({ input, record_id: opts.skipIds?.has(unit) ? opts.skipIds.get(unit)! : capRecordId(recordId), reason, stage: "pipeline" });
  };
  const handle = (unit: number, source: SourceDoc): void => {
    if (unit < from) return;
    current = source;
    // A record's first part starts its count, before any branch (a skipped or failed first part included).
    if (source.part?.n === 0) parts = { articles: 0 };
    const blamedAt = opts.skipWhere?.get(unit);
    const skip = blamedAt === undefined || blamedAt === source.where ? opts.skip?.get(unit) : undefined;
    if (skip !== undefined) {
      skipRow(unit, skip, source.recordId);
      return;
    }
    // The file is read, or the document before this one is done (a file of one document has nothing to save).
    // The first document of a fresh try sends the load stage's rows at once: its reject rows, and its notices when
    // the file has documents to checkpoint anyway. A page of one document that runs away keeps its load rows and one
    // row of its own, worded as a file rejected whole (pipeline/job.ts keepFinished).
    announce(unit, documentLabel(source));
    let drafts: ArticleDraft[];
    // The size limit that cut part of the document before cleaning, if any (its rule, in tables/removed.csv).
    let cutBy: string | undefined;
    try {
      const storyBase = source.part?.startLine ?? 0;
      const doc = processSource(source, ctx);
      drafts = doc.articles;
      for (const d of doc.diagnostics) addNotice(result, input, source.recordId, d);
      // The audit is complete even when the cleaner left no article.
      const merge = source.part ? auditMerger() : null;
      for (const r of doc.clean?.removed ?? []) {
        if (merge) {
          // A row's text under a spreadsheet cell's size: a longer removed line is shown over several rows.
          for (const [k, text] of auditPieces(wellFormed(r.text)).entries()) {
            const row = { source: input, record_id: source.recordId, index: result.removed.length, story: storyBase + (r.story ?? 0), rule: r.rule, reason: r.reason, text };
            if (!merge(result.removed, row, k === 0 && r.follows === true)) result.removed.push(row);
          }
        } else {
          result.removed.push({ source: input, record_id: source.recordId, index: result.removed.length, story: r.story ?? null, rule: r.rule, reason: r.reason, text: wellFormed(r.text) });
        }
        if (!CUTTING_LIMITS.has(r.rule)) continue;
        cutBy ??= r.rule;
        // Every cut is also a warning, kept articles or not: the run says that part of a document was not read.
        addNotice(result, input, source.recordId, { stage: "clean", rule: r.rule, level: "warning", message: `part of the document was not read: ${r.reason}` });
      }
    } catch (err) {
      const stage = err instanceof StageError ? err.stage : "pipeline";
      result.rejects.push({ input, record_id: source.recordId, reason: `${partOf(source)}stage failed: ${(err as Error).message}`, stage });
      return;
    }
    let kept = 0;
    const partOffset = codePointConverter(source.content);
    // A part of a long text (stages/load/parts.ts): offsets in the whole text, as for a text read whole.
    const base = source.part?.startCodePoints ?? 0;
    const sourceOffset = base === 0 ? partOffset : (i: number) => base + partOffset(i);
    drafts.forEach((draft) => {
      if (draft.text.trim() === "") return;
      const record = toRecord(draft, source.index, kept, sink ? sink.count : result.articles.length, sourceOffset, source.part?.n);
      for (const reason of dropOversizedFields(record)) result.rejects.push({ input, record_id: record.record_id, reason, stage: "write" });
      // Validated here, where one bad record only rejects itself: the final pass validates again and
      // would fail the whole run (an epoch-microseconds date once made a year 55,840).
      let checked = Article.safeParse(record);
      if (!checked.success) {
        // A metadata value that fails its schema (a date the cleaner mis-read, "4-02-29") costs that field, not the article.
        const dropped = dropInvalidMetadata(record, checked.error.issues);
        if (dropped.length > 0) {
          checked = Article.safeParse(record);
          if (checked.success) for (const reason of dropped) result.rejects.push({ input, record_id: record.record_id, reason, stage: "write" });
        }
      }
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const reason = `article failed validation: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid record"}`;
        result.rejects.push({ input, record_id: source.recordId, reason, stage: "write" });
        return;
      }
      kept++;
      const fingerprint = source.part ? partedFingerprint(simhash(record.text), `${input}\u0000${source.index}`, source.part.n) : simhash(record.text);
      if (sink) sink.add(record, source.format, fingerprint);
      else result.articles.push(record);
      result.fingerprints!.push(fingerprint);
      result.formats!.push(source.format);
    });
    if (source.part) {
      // A part of a long text: one without article text (a run of list or menu lines, all in tables/removed.csv) is a
      // notice; the text is a reject only when none of its parts gave an article (known when this try read them all).
      parts.articles = parts.articles === null ? null : parts.articles + kept;
      if (kept === 0) addNotice(result, input, source.recordId, { stage: "split", rule: TEXT_PARTS_RULE, level: "info", message: `${partOf(source)}no article text found after cleaning in this part of the text` });
      if (source.part.n === source.part.of - 1 && parts.articles === 0) {
        result.rejects.push({ input, record_id: source.recordId, reason: `no article text found after cleaning in any of the text's ${source.part.of} parts`, stage: "split" });
      }
      return;
    }
    if (kept === 0) {
      // A page whose text lies past a size limit (a million nested elements before it) says so: the rest was not read.
      const why = cutBy === undefined ? "" : `; part of the document was not read, being over a size limit (rule ${cutBy} in tables/removed.csv)`;
      result.rejects.push({ input, record_id: source.recordId, reason: `no article text found after cleaning${why}`, stage: "split" });
    }
  };
  if (streamed === 0) {
    for (const [unit, source] of loaded.docs.entries()) handle(unit, source);
  } else {
    // The second reading (see above). A failure of processing (not of loading) is the file's, as in the loop above:
    // the loader would report it as a load failure, so it is kept and thrown again.
    let unit = 0;
    let failed: { error: unknown } | null = null;
    // Progress between the readings (no document yet: a stop now is the file's, as during the first): the time budget
    // runs again from here, so the first record's budget is not spent on reading the file twice.
    opts.onDocument?.();
    const again = loadBytes(input, bytes, {
      maxBytes: opts.maxBytes,
      encoding: opts.encoding,
      // A long line is parsed before its record is handed over: the document it holds starts now, so that a stop
      // while it is parsed blames that document (named by its line; its record id is not read yet), not the one
      // before it. The job names it alike (pipeline/job.ts), and a further try's row takes the same id (skipIds).
      beforeLongLine: (where) => {
        if (unit < from || unit >= units) return;
        current = undefined; // a new record's first document: its checkpoint carries no parts of the record before
        announce(unit, documentLabel({ recordId: null, where }));
      },
      passLongLines,
      // A long line blamed on an earlier try, unread: the document it held, skipped (its row where its records were).
      onBlamedLine: (where) => {
        const at = unit++;
        if (at < from) return;
        current = undefined;
        const blamed = blamedLines.get(Number(where.slice("line ".length)))!;
        skipRow(blamed, opts.skip!.get(blamed)!, null);
      },
      onRecord: (source) => {
        try {
          handle(unit++, source);
        } catch (error) {
          failed = { error };
          throw error;
        }
      },
    });
    if (failed !== null) throw (failed as { error: unknown }).error;
    // A reading that failed keeps its own reason (a loader exception, memory): the reject row names what went wrong.
    if (!again.ok) throw new Error(`${input} could not be read the second time: ${again.reason}`);
    if (unit !== streamed) throw new Error(`${input} read differently the second time (${unit} of ${streamed} documents)`);
  }
  opts.onDocument?.(); // past the last document: a stop from here on is the file's, not a document's
  return result;
}

/**
 * Checkpoints of a file's result as its documents finish: each call gives the rows added since the last one,
 * up to (not including) the document at `to`. At most LIMITS.checkpointChars of JSON in all for one try (the
 * main thread holds them until the file is done): past that it gives none, and a further try of the file
 * processes the documents after the last checkpoint again.
 */
function checkpointer(result: FileResult, from: number, resumed: boolean, sink: ArticleSink | undefined, text: (to: number) => TextPartsSoFar | undefined): (to: number) => Checkpoint | undefined {
  const count = (key: RowKey) => (key === "articles" && sink ? sink.count : (result[key]?.length ?? 0));
  const marks = (unit: number) => ({ unit, rows: Object.fromEntries(ROW_KEYS.map((key) => [key, count(key)])) as Partial<Record<RowKey, number>> });
  // A resumed file's checkpoints carry only its new rows; the first one of a fresh file carries the load stage's rows too.
  let mark = resumed ? marks(from) : { unit: 0, rows: {} };
  let chars = 0;
  let full = false;
  return (to) => {
    // Nothing since the last one (a checkpoint at the document it started from holds the load stage's rows only).
    if (full || (to === mark.unit && ROW_KEYS.every((key) => count(key) === (mark.rows[key] ?? 0)))) return undefined;
    const json = sink
      ? withArticles(JSON.stringify(rowsOf((key) => (key === "articles" ? [] : (result[key] ?? []).slice(mark.rows[key] ?? 0)))), sink.json(mark.rows.articles ?? 0, sink.count))
      : JSON.stringify(rowsOf((key) => (result[key] ?? []).slice(mark.rows[key] ?? 0)));
    chars += json.length;
    if (chars > LIMITS.checkpointChars) {
      full = true;
      return undefined;
    }
    const at = text(to);
    const checkpoint: Checkpoint = { from: mark.unit, to, rows: packRows(json), ...(at ? { text: at } : {}) };
    mark = marks(to);
    return checkpoint;
  };
}

/** Rows' JSON whose (empty) articles array is given its articles' JSON text: the text JSON.stringify gives with them. */
function withArticles(json: string, articles: string): string {
  const empty = '{"articles":[]';
  if (!json.startsWith(empty)) throw new Error("checkpoint rows do not start with their articles");
  return `{"articles":[${articles}]${json.slice(empty.length)}`;
}

/** Audit rules of the size limits that leave the rest of a document unread (stages/limits.ts). */
const CUTTING_LIMITS = new Set([INPUT_LENGTH_RULE, ELEMENTS_RULE, TEXT_LINES_RULE, DOCUMENT_LENGTH_RULE]);

/** A notice that a size limit left part of a document unread: the command line prints these without --debug (not with --quiet). */
export function isSizeLimitCut(n: Pick<Notice, "stage" | "rule" | "level">): boolean {
  return n.stage === "clean" && n.level === "warning" && CUTTING_LIMITS.has(n.rule);
}

/** The metadata fields of an article bounded by LIMITS.recordFieldChars. */
const BOUNDED_FIELDS = ["record_id", "url", "site", "title", "author", "language"] as const;

/**
 * A metadata value longer than any real one (a page whose `<title>` or a feed item whose `<author>`
 * holds megabytes) is dropped, the article kept without it: the reasons, one per field. JSON records'
 * own fields were bounded when they were read (stages/load/json.ts), with their line numbers.
 */
function dropOversizedFields(record: Article): string[] {
  const reasons: string[] = [];
  for (const k of BOUNDED_FIELDS) {
    const v = record[k];
    if (typeof v === "string" && v.length > LIMITS.recordFieldChars) {
      reasons.push(`field "${k}" rejected: ${v.length} characters, more than ${LIMITS.recordFieldChars}; the article is kept without it`);
      record[k] = null;
    }
  }
  return reasons;
}

/** Metadata fields an article is kept without when their value fails the schema; `published` takes its provenance along. */
const DROPPABLE_FIELDS = new Set<string>(["url", "site", "title", "author", "published", "modified", "language"]);

/**
 * Null the metadata fields named by failed schema checks, and say so: one reason per field. Nothing is dropped
 * when a check fails outside those fields (the record is rejected whole, as before).
 */
export function dropInvalidMetadata(record: Article, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  const fields = new Set(issues.map((i) => String(i.path[0])));
  if (fields.size === 0 || [...fields].some((f) => !DROPPABLE_FIELDS.has(f))) return [];
  const reasons: string[] = [];
  for (const f of [...fields].sort()) {
    const issue = issues.find((i) => String(i.path[0]) === f)!;
    const value = JSON.stringify(String((record as Record<string, unknown>)[f]).slice(0, 80));
    reasons.push(`field "${f}" rejected: ${value} fails the check "${issue.message}"; the article is kept without it`);
    (record as Record<string, unknown>)[f] = null;
    if (f === "published") record.published_source = "none";
  }
  return reasons;
}

/**
 * Strings every output format can hold the same: a NUL becomes a space (pandas cuts a CSV cell at
 * it) and a lone surrogate U+FFFD (UTF-8 cannot encode one, so the CSV, YAML and Parquet files
 * would differ from the JSON Lines): what JSON escapes ("\u0000", "\ud800") put in a record's
 * strings. One code unit for one (String.prototype.toWellFormed does the surrogates): offsets stay valid.
 */
function wellFormed(s: string): string {
  const w = s.isWellFormed() ? s : s.toWellFormed();
  return w.includes("\0") ? w.replaceAll("\0", " ") : w;
}

/**
 * Article draft (UTF-16 offsets) → output record (code-point offsets). `sourceOffset` converts
 * offsets into the source content (the article's source range); identity when not given.
 */
export function toRecord(
  d: ArticleDraft,
  docIndex: number,
  articleIndex: number,
  position: number,
  sourceOffset: (utf16: number) => number = (i) => i,
  part = 0,
): Article {
  const text = wellFormed(d.text);
  const cp = codePointConverter(text);
  const slice = (s: number, e: number) => text.slice(s, e);
  const meta = (v: string | null | undefined) => (v === null || v === undefined ? null : wellFormed(v));
  return {
    article_id: articleId(d.source, d.recordId, docIndex, articleIndex, part),
    source: d.source,
    record_id: meta(d.recordId),
    index_in_source: position,
    source_start: sourceOffset(d.sourceStart),
    source_end: sourceOffset(d.sourceEnd),
    url: meta(d.meta.url),
    site: meta(d.meta.site),
    title: meta(d.meta.title),
    author: meta(d.meta.author),
    published: d.meta.published ?? null,
    published_source: d.meta.published ? (d.meta.publishedFrom ?? "text") : "none",
    modified: d.meta.modified ?? null,
    language: d.meta.language ?? null,
    duplicate_of: null,
    text,
    word_count: text.match(WORD)?.length ?? 0,
    paragraphs: d.paragraphs.map((p, index) => ({ index, start: cp(p.start), end: cp(p.end), text: slice(p.start, p.end) })),
    sentences: d.sentences.map((s, index) => ({
      index,
      paragraph: s.paragraph,
      start: cp(s.start),
      end: cp(s.end),
      text: slice(s.start, s.end),
    })),
    mentions: d.mentions.map((m) => ({
      start: cp(m.start),
      end: cp(m.end),
      text: slice(m.start, m.end),
      type: m.type,
      entity_id: null,
      confidence: m.confidence,
      rule: m.rule,
      ambiguous: false,
    })),
    dates: d.dates.map((t) => ({
      start: cp(t.start),
      end: cp(t.end),
      text: slice(t.start, t.end),
      type: t.type,
      value: t.value,
      mod: t.mod,
      anchor: t.anchor,
      range_start: t.rangeStart,
      range_end: t.rangeEnd,
      rule: t.rule,
      certain: t.certain,
    })),
  };
}
