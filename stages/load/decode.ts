/**
 * Bytes → text, honouring what the file says about its own encoding:
 * a byte-order mark first, then an XML `encoding=` or HTML `<meta charset>` /
 * `http-equiv="content-type"` declaration, then UTF-8 if the bytes are valid
 * UTF-8, else the legacy charset a statistical detector finds (legacyVerdict)
 * or Windows-1252 (the encoding browsers assume for undeclared legacy Western
 * pages), with a notice, so we never emit mojibake silently; bytes that fit
 * no encoding are marked undecodable (the loader rejects them).
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { charsetKey, knownCharsetLabel } from "../../schemas/config.ts";

export interface Decoded {
  text: string;
  /** The encoding actually used (iconv-lite / WHATWG name). */
  encoding: string;
  /** How the encoding was chosen: "bom", "declared", "configured" (input_encoding), "utf-16-pattern", "utf-8-valid", "detected", "fallback". */
  via: string;
  /** Notices about the decoding (fallbacks, ignored declarations), each with its rule id (DECODE_RULES). */
  warnings: DecodeWarning[];
  /**
   * Set when the bytes are not UTF-8, declare no other charset, and no legacy encoding fits them (random or encrypted
   * bytes, or a script the detector does not know): the share of their non-space bytes outside ASCII, and whether the
   * file declared UTF-8. The loader rejects the file with that reason instead of keeping mojibake.
   */
  undecodable?: { share: number; declaredUtf8: boolean };
}

/**
 * The rule ids of decoding notices: the text loaded, but not as the bytes or the declaration said.
 * They reach the run as load notices (pipeline/document.ts), counted in the report.
 */
export const DECODE_RULES = {
  /** Undeclared (or declared UTF-8) bytes that are not UTF-8: read as Windows-1252, the browsers' legacy default. */
  fallback: "load/charset-fallback",
  /** Undeclared (or declared UTF-8) bytes that are not UTF-8, read in the legacy charset the statistical detector found. */
  detected: "load/charset-detected",
  /** Mostly valid UTF-8 with a few broken sequences (truncated or spliced files): the bad bytes became U+FFFD. */
  replaced: "load/invalid-utf8",
  /** A legacy charset declared around bytes that are valid UTF-8 (CMS templates): the bytes won. */
  declarationOverridden: "load/charset-declaration-overridden",
  /** A charset label no decoder knows: ignored. */
  unknownLabel: "load/unknown-charset",
  /** Stray NUL bytes in text (zero padding, C string ends; binary.ts tells them from binary files): read as spaces. */
  nul: "load/nul-bytes",
} as const;

export interface DecodeWarning {
  rule: (typeof DECODE_RULES)[keyof typeof DECODE_RULES];
  reason: string;
}

/** How many leading bytes are searched for a charset declaration (WHATWG prescans 1024; some CMSs put it later). */
const DECLARATION_WINDOW = 4096;
/** ... or, past that, up to `</head>` or `<body` within this many bytes. */
const HEAD_WINDOW = 65_536;

/**
 * Declared labels that must be read as another encoding: the WHATWG Encoding Standard's label table (what a browser
 * reads a page declaring the label as), for the labels iconv-lite reads otherwise or does not know. WHATWG maps these
 * because pages that declare them really contain the superset. The choice, label family by family:
 *  - every Latin-1 and ASCII spelling (`latin1`, `l1`, `cp819`, `ibm819`, `iso-ir-100`, `csisolatin1`,
 *    `iso_8859-1:1987`, `ansi_x3.4-1968`, `us-ascii`…) is Windows-1252, as in WHATWG: iconv-lite reads `cp819` and its
 *    kin as true ISO-8859-1 (0x93/0x94 become invisible C1 controls, the curly quotes are lost) and the ASCII
 *    spellings as ASCII (every byte above 0x7F a U+FFFD). The ASCII spellings WHATWG does not list (`iso646-us`,
 *    `cp367`, `csascii`…) go the same way: a browser falls back to Windows-1252 for an unknown label;
 *  - Latin-5 (`iso-8859-9`, `latin5`, `l5`…) is Windows-1254, ISO-8859-11 and TIS-620 are Windows-874, as in WHATWG;
 *  - WHATWG's other spellings iconv-lite does not know (`x-cp1252`, `dos-874`, `koi`, `x-mac-roman`, `logical`,
 *    `iso-8859-6-i`, `x-euc-jp`…) name their encoding, not the undeclared fallback;
 *  - ISO-2022-JP is left undecoded (iconv-lite has no codec for it): such a page takes the undeclared path.
 */
const LABEL_ALIASES: Record<string, string> = {
  // Windows-1252: pages labelled Latin-1 or ASCII routinely contain Windows-1252 curly quotes (0x93/0x94).
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "iso_8859-1:1987": "windows-1252",
  latin1: "windows-1252",
  "l1": "windows-1252",
  cp819: "windows-1252",
  ibm819: "windows-1252",
  "iso-ir-100": "windows-1252",
  csisolatin1: "windows-1252",
  "x-cp1252": "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "ansi_x3.4-1968": "windows-1252",
  "iso646-us": "windows-1252",
  "iso_646.irv:1991": "windows-1252",
  "iso-ir-6": "windows-1252",
  cp367: "windows-1252",
  ibm367: "windows-1252",
  csascii: "windows-1252",
  us: "windows-1252",
  "x-user-defined": "windows-1252",
  // Windows-1254 (Latin-5 and its superset).
  "iso-8859-9": "windows-1254",
  "iso8859-9": "windows-1254",
  "iso_8859-9:1989": "windows-1254",
  "iso-ir-148": "windows-1254",
  latin5: "windows-1254",
  l5: "windows-1254",
  csisolatin5: "windows-1254",
  "x-cp1254": "windows-1254",
  // Windows-874 (Thai: TIS-620 and ISO-8859-11 and their superset).
  "tis-620": "windows-874",
  "iso-8859-11": "windows-874",
  "iso8859-11": "windows-874",
  "dos-874": "windows-874",
  // Other WHATWG spellings iconv-lite does not know.
  "x-cp1250": "windows-1250",
  "x-cp1251": "windows-1251",
  "x-cp1253": "windows-1253",
  "x-cp1255": "windows-1255",
  "x-cp1256": "windows-1256",
  "x-cp1257": "windows-1257",
  "x-cp1258": "windows-1258",
  "iso-8859-8-i": "iso-8859-8",
  csiso88598i: "iso-8859-8",
  logical: "iso-8859-8",
  visual: "iso-8859-8",
  "iso-8859-6-e": "iso-8859-6",
  "iso-8859-6-i": "iso-8859-6",
  csiso88596e: "iso-8859-6",
  csiso88596i: "iso-8859-6",
  sun_eu_greek: "iso-8859-7",
  csisolatin9: "iso-8859-15",
  koi: "koi8-r",
  koi8: "koi8-r",
  "x-mac-roman": "macintosh",
  "x-mac-cyrillic": "maccyrillic",
  "x-mac-ukrainian": "maccyrillic",
  "x-euc-jp": "euc-jp",
  cseucpkdfmtjapanese: "euc-jp",
  // A page whose declaration we could read as ASCII bytes is not UTF-16 (WHATWG: treat as UTF-8).
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
  // Labels for UTF-8 that iconv-lite does not know under that spelling.
  "unicode-1-1-utf-8": "utf-8",
  unicode11utf8: "utf-8",
  unicode20utf8: "utf-8",
  "x-unicode20utf8": "utf-8",
  utf8: "utf-8",
  // GB2312 pages contain GBK characters (WHATWG: every GB2312 spelling is GBK).
  gb2312: "gbk",
  "x-gbk": "gbk",
  chinese: "gbk",
  csgb2312: "gbk",
  csiso58gb231280: "gbk",
  gb_2312: "gbk",
  "gb_2312-80": "gbk",
  "iso-ir-58": "gbk",
};

/** LABEL_ALIASES keyed on the label as iconv-lite compares labels (charsetKey): `ISO_8859-1` and `latin-1` find their alias. */
const DECLARED_ALIASES: Record<string, string> = Object.fromEntries(Object.entries(LABEL_ALIASES).map(([label, encoding]) => [charsetKey(label), encoding]));

/**
 * A charset label the user gave (config `input_encoding`) read as its WHATWG superset, as declared labels are
 * (LABEL_ALIASES): Latin-1 and ASCII as Windows-1252, `utf_8` as UTF-8. UTF-16 labels are taken as they are (a user's
 * word is not an ASCII declaration inside the file). Keyed on charsetKey.
 */
const ASSUMED_ALIASES: Record<string, string> = Object.fromEntries(Object.entries(DECLARED_ALIASES).filter(([key]) => !key.startsWith("utf16")));

/** The encoding a charset label is read as: its alias in `aliases` (keyed on charsetKey), else the label in lower case. */
function aliased(label: string, aliases: Record<string, string>): string {
  return aliases[charsetKey(label)] ?? label.toLowerCase();
}

/**
 * One name for every spelling of the charset a user gives (config `input_encoding`): the codec the loader reads the
 * files with, after the WHATWG aliases (`latin-1`, `ISO_8859-1` and `cp1252` are all Windows-1252; `utf_8` is UTF-8)
 * and iconv-lite's own (`cp1254` is `windows-1254`, `sjis` is `shift_jis`). The cache's fingerprint is keyed on it,
 * so two spellings of one charset share the cache and a second run with the other spelling finds its output unchanged.
 */
export function charsetIdentity(label: string): string {
  let key = charsetKey(aliased(label, ASSUMED_ALIASES));
  try {
    iconv.getCodec(key); // loads iconv-lite's table of encodings, and throws for an unknown name
  } catch {
    return key;
  }
  const table = (iconv as unknown as { encodings?: Record<string, unknown> }).encodings;
  // The table maps an alias to another name (a string) until the codec itself; a bounded walk, in case of a cycle.
  for (let hops = 0; table && typeof table[key] === "string" && hops < 8; hops++) key = charsetKey(table[key] as string);
  return key;
}

/** XML declaration at the very start: `<?xml version="1.0" encoding="ISO-8859-1"?>`. */
const XML_ENCODING_RE = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET_RE = /<meta\b[^>]{0,400}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i;

/** Share of U+FFFD among non-space characters above which the text is considered undecodable. */
export const MAX_REPLACEMENT_SHARE = 0.25;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The encoding named by a BOM and the BOM length, or null. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  // UTF-32 first: its LE BOM starts with the UTF-16 LE one.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: "utf-32le", length: 4 };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: "utf-32be", length: 4 };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** Bytes of printable ASCII in a row that rule UTF-16 out (utf16Pattern). */
const PRINTABLE_RUN = 64;

/**
 * UTF-16 without a BOM: mostly-ASCII text shows a NUL in every other byte.
 * Returns the byte order, or null when the pattern is absent (so NUL bytes mean binary).
 */
export function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  // A stretch of PRINTABLE_RUN bytes of printable ASCII without a NUL is 8-bit text: in UTF-16 it would be 32
  // characters in a row whose both bytes happen to be printable (CJK or kana with a printable low byte, about one in
  // three each; words of other scripts end at a space, 20 00), never seen in real text. Family: an ASCII page with
  // stray NULs in every other byte of a later part (`x\0y x\0y`), which was read as UTF-16, all of it mojibake.
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    printable = (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d ? printable + 1 : 0;
    if (printable >= PRINTABLE_RUN) return null;
    if (c === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return "utf-16le";
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return "utf-16be";
  return null;
}

/** The charset the document declares (XML or HTML), normalised, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const buf = toBuffer(bytes);
  // The whole <head> (a meta after 5 KB of inline scripts still counts), up to HEAD_WINDOW bytes.
  let end = Math.min(buf.length, DECLARATION_WINDOW);
  if (buf.length > DECLARATION_WINDOW) {
    const wide = buf.subarray(0, HEAD_WINDOW);
    const body = wide.indexOf("<body");
    const close = wide.indexOf("</head");
    const stops = [body, close].filter((i) => i >= 0);
    end = stops.length > 0 ? Math.max(DECLARATION_WINDOW, Math.min(...stops)) : wide.length;
  }
  const head = buf.subarray(0, end).toString("latin1");
  const m = XML_ENCODING_RE.exec(head) ?? META_CHARSET_RE.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Count invalid UTF-8 sequences and valid multi-byte sequences (linear scan). */
function utf8Stats(bytes: Uint8Array): { invalid: number; multi: number } {
  let invalid = 0;
  let multi = 0;
  for (let i = 0; i < bytes.length; ) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) invalid++;
    else if (len > 1) multi++;
    i += Math.max(len, 1);
  }
  return { invalid, multi };
}

/**
 * Undeclared bytes that are not UTF-8 (or that declare UTF-8 and are not) are read in the legacy charset they look like:
 *
 * - Latin-script text (French, German, Polish, Czech, Turkish in Windows-125x or ISO-8859-x) has its accented bytes
 *   one or two at a time between ASCII letters; text of another script (Cyrillic windows-1251 or KOI8-R, Greek,
 *   Hebrew, Arabic, Shift_JIS, GBK, EUC-KR, Big5) has them in runs, a word at a time. The share of the high bytes
 *   that sit in runs of RUN_BYTES or more (runShare) tells them apart whatever the markup around them: ≤ 0.36 for
 *   Latin-script text, ≥ 0.90 for other scripts, about 0.6 for random bytes.
 * - Latin-script text keeps the browsers' Windows-1252 default, unless the detector is sure of Central European,
 *   Turkish or Vietnamese (LATIN_DETECTED), which Windows-1252 turns into mojibake.
 * - Other scripts: the statistical detector's best guess (chardet: byte n-grams per language for the single-byte
 *   charsets, valid-sequence statistics for the CJK ones), when it is confident (MIN_DETECT_CONFIDENCE), Node's
 *   TextDecoder knows the charset, and the decoded text is mostly letters (MIN_DETECTED_LETTER_SHARE).
 * - Otherwise (random or encrypted bytes, an unknown script) the file is undecodable: rejected with the reason, never
 *   kept as mojibake. Also when the share of high bytes is past MAX_FOREIGN_BYTE_SHARE in Latin-looking bytes.
 * Short texts (fewer than FOREIGN_MIN_BYTES high bytes) that fit nothing keep the Windows-1252 fallback.
 */
export const MAX_FOREIGN_BYTE_SHARE = 0.45;
/** ... judged only past this many high bytes (a title "Déjà vu" is half accents). */
export const FOREIGN_MIN_BYTES = 64;
/** A run of this many high bytes in a row is a word of another script (runShare). */
const RUN_BYTES = 3;
/** runShare at or above which the bytes are not Latin-script text. */
const SCRIPT_RUN_SHARE = 0.6;
/** chardet confidence (0–100) needed for another script's charset (its single-byte guesses score 35–95 on real text, 2–5 on random bytes). */
const MIN_DETECT_CONFIDENCE = 20;
/**
 * ... for a multi-byte CJK charset (Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR), whose detector scores real text 85–100
 * but random high bytes 40–60 too (any two high bytes are a valid GB18030 pair).
 */
const MIN_CJK_CONFIDENCE = 80;
const CJK = new Set(["shift_jis", "euc-jp", "gb18030", "big5", "euc-kr"]);
/** ... and for a short text (fewer than FOREIGN_MIN_BYTES high bytes), where a few letters fit many charsets. */
const MIN_SHORT_CONFIDENCE = 50;
/** ... and for a Latin-script charset other than Western (LATIN_DETECTED): at least this confidence and this lead over the best Western guess. */
const MIN_LATIN_CONFIDENCE = 20;
const MIN_LATIN_LEAD = 5;
/** Share of letters (and marks) among the non-ASCII characters of a detected decoding: text, not symbols. */
const MIN_DETECTED_LETTER_SHARE = 0.75;
/** Bytes of high-byte words given to the detector (sampled from the whole file, markup left out). */
const DETECT_SAMPLE_BYTES = 262_144;
/** Valid UTF-8 multi-byte characters, in lines that are wholly valid UTF-8, that make a file UTF-8 with legacy lines pasted in. */
const MIN_UTF8_EVIDENCE = 2;

/** Western labels chardet gives for text Windows-1252 reads right. */
const WESTERN = new Set(["windows-1252", "iso-8859-1", "iso-8859-15"]);
/**
 * Latin-script charsets read when the detector is sure of them (MIN_LATIN_CONFIDENCE, MIN_LATIN_LEAD): Windows-1252
 * turns their own letters into mojibake. Central European (Polish, Czech, Hungarian: windows-1250, ISO-8859-2),
 * Turkish (windows-1254, ISO-8859-9: ş ğ ı İ) and Vietnamese (windows-1258: its vowels and combining tone marks).
 * Not Baltic (windows-1257): the detector ranks Finnish and Estonian text, which Windows-1252 reads right, first there.
 */
const LATIN_DETECTED = new Set(["windows-1250", "iso-8859-2", "windows-1254", "windows-1258"]);
/** Detector names read as their superset (WHATWG does the same for the declared labels). */
const DETECTED_ALIASES: Record<string, string> = { "iso-8859-1": "windows-1252", "iso-8859-9": "windows-1254" };

/** Windows-1252's character for each byte (the bytes of mixed text that are not UTF-8). */
let cp1252: string[] | undefined;

/** Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252 (see decodeUtf8OrFallback). Linear. */
function decodeMixed(bytes: Uint8Array): string {
  cp1252 ??= Array.from({ length: 256 }, (_, b) => iconvDecode(Uint8Array.of(b), "windows-1252"));
  const buf = toBuffer(bytes);
  const parts: string[] = [];
  let start = 0; // start of the current valid run
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (i > start) parts.push(buf.toString("utf8", start, i));
    parts.push(cp1252[bytes[i]!]!);
    start = ++i;
  }
  if (n > start) parts.push(buf.toString("utf8", start, n));
  return parts.join("");
}

/**
 * Byte ranges [start, end) of the lines, each with its line end: LF, CRLF or a lone CR (classic Mac OS), as every
 * stage reads them (stages/common/lines.ts). A file of CR line ends was one line here, so a UTF-8 file with a legacy
 * block pasted in was judged whole and its UTF-8 lines were decoded in the legacy charset. CR and LF never occur
 * inside a character of the charsets judged here (their trail bytes are 0x40 or above). Linear: the next CR and LF
 * are each searched for again only once passed.
 */
export function lineRanges(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  const buf = toBuffer(bytes);
  let from = 0;
  let cr = buf.indexOf(13);
  let lf = buf.indexOf(10);
  for (;;) {
    if (cr >= 0 && cr < from) cr = buf.indexOf(13, from);
    if (lf >= 0 && lf < from) lf = buf.indexOf(10, from);
    const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (at < 0) break;
    const end = at === cr && buf[at + 1] === 10 ? at + 2 : at + 1;
    out.push([from, end]);
    from = end;
  }
  if (from < bytes.length) out.push([from, bytes.length]);
  return out;
}

/** What the high bytes of `bytes` look like: their count, their share of the non-space bytes, runShare, and a sample of the words holding them. */
function legacyProfile(bytes: Uint8Array): { high: number; share: number; runShare: number; sample: Buffer } {
  let high = 0;
  let inRuns = 0;
  let spaces = 0;
  let run = 0;
  const flush = () => {
    if (run >= RUN_BYTES) inRuns += run;
    run = 0;
  };
  // Words holding a high byte, split at whitespace and at markup punctuation (all below 0x40, so never inside a
  // double-byte character of Shift_JIS, GBK or Big5).
  const words: Buffer[] = [];
  let sampled = 0;
  let wordStart = 0;
  let wordHigh = false;
  const buf = toBuffer(bytes);
  const endWord = (i: number) => {
    if (wordHigh && sampled < DETECT_SAMPLE_BYTES) {
      words.push(buf.subarray(wordStart, i), Buffer.from(" "));
      sampled += i - wordStart + 1;
    }
    wordStart = i + 1;
    wordHigh = false;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      high++;
      run++;
      wordHigh = true;
      continue;
    }
    flush();
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) spaces++;
    if (b <= 0x20 || b === 0x3c || b === 0x3e || b === 0x22 || b === 0x27 || b === 0x3d) endWord(i);
  }
  flush();
  endWord(bytes.length);
  const nonSpace = bytes.length - spaces;
  return { high, share: nonSpace === 0 ? 0 : high / nonSpace, runShare: high === 0 ? 0 : inRuns / high, sample: Buffer.concat(words) };
}

/** The lines of `bytes` that hold a high byte, up to DETECT_SAMPLE_BYTES of them. */
function linesWithHighBytes(bytes: Uint8Array): Buffer {
  const buf = toBuffer(bytes);
  const out: Buffer[] = [];
  let size = 0;
  for (const [from, to] of lineRanges(bytes)) {
    if (size >= DETECT_SAMPLE_BYTES) break;
    for (let i = from; i < to; i++) {
      if (buf[i]! >= 0x80) {
        out.push(buf.subarray(from, to));
        size += to - from;
        break;
      }
    }
  }
  return Buffer.concat(out);
}

/** A TextDecoder for `label`, or null when this Node build does not know it. */
function textDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { ignoreBOM: true });
  } catch {
    return null;
  }
}

/** Share of letters and marks among the non-ASCII, non-space characters of `text` (1 when there are none). */
function letterShare(text: string): number {
  let other = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || /\s/u.test(ch)) continue;
    other++;
    if (/[\p{L}\p{M}]/u.test(ch)) letters++;
  }
  return other === 0 ? 1 : letters / other;
}

/**
 * The legacy charset that `bytes` (not UTF-8, no usable declaration) are in: "windows-1252" for Western text (the
 * fallback), a detected one, or null when none fits (see MAX_FOREIGN_BYTE_SHARE).
 */
function legacyVerdict(bytes: Uint8Array): { encoding: string; detected: boolean; share: number } | { encoding: null; share: number } {
  const p = legacyProfile(bytes);
  const name = (g: { name: string }) => g.name.toLowerCase();
  if (p.high === 0) return { encoding: "windows-1252", detected: false, share: 0 };
  if (p.runShare < SCRIPT_RUN_SHARE) {
    if (p.high >= FOREIGN_MIN_BYTES && p.share > MAX_FOREIGN_BYTE_SHARE) return { encoding: null, share: p.share };
    // Latin-script words are judged with their ASCII letters around them: the lines that hold high bytes.
    const lines = linesWithHighBytes(bytes);
    const latinGuesses = chardet.analyse(lines);
    const top = latinGuesses[0];
    const topLabel = top ? (DETECTED_ALIASES[name(top)] ?? name(top)) : "";
    const western = Math.max(0, ...latinGuesses.filter((g) => WESTERN.has(name(g))).map((g) => g.confidence));
    if (top && LATIN_DETECTED.has(topLabel) && top.confidence >= MIN_LATIN_CONFIDENCE && top.confidence - western >= MIN_LATIN_LEAD && textDecoder(topLabel)) {
      return { encoding: topLabel, detected: true, share: p.share };
    }
    // A short Vietnamese text gives the detector too few n-grams (its guesses tie, or a Baltic one leads): its words
    // read in Windows-1258 decide it instead.
    if (vietnameseShaped(lines)) return { encoding: "windows-1258", detected: true, share: p.share };
    return { encoding: "windows-1252", detected: false, share: p.share };
  }
  for (const g of chardet.analyse(p.sample).slice(0, 1)) {
    const label = DETECTED_ALIASES[name(g)] ?? name(g);
    const needed = Math.max(MIN_DETECT_CONFIDENCE, CJK.has(label) ? MIN_CJK_CONFIDENCE : 0, p.high < FOREIGN_MIN_BYTES ? MIN_SHORT_CONFIDENCE : 0);
    if (g.confidence < needed || label.startsWith("utf-") || label.startsWith("iso-2022")) break;
    const decoder = textDecoder(label);
    if (decoder && letterShare(decoder.decode(p.sample)) >= MIN_DETECTED_LETTER_SHARE) return { encoding: label, detected: true, share: p.share };
  }
  // Too few high bytes to judge (a short title): the Western fallback, as browsers do.
  if (p.high < FOREIGN_MIN_BYTES) return { encoding: "windows-1252", detected: false, share: p.share };
  return { encoding: null, share: p.share };
}

/** The five Vietnamese tones as Windows-1258 writes them, a combining mark after the vowel. */
const TONE_AFTER_VOWEL = /[aeiouyâêôăơư][\u0300\u0301\u0303\u0309\u0323]/iu;
/**
 * A tone on a vowel that already bears a mark (â ê ô ă ơ ư): Vietnamese only. In Windows-1252 bytes it is â/ê/ô/ã/õ/ý
 * followed by ì/ò/Ì/Ò/Þ, which Western text (Italian "ciò", "può" next to a Portuguese "São") does not have.
 */
const TONE_ON_MARKED_VOWEL = /[âêôăơư][\u0300\u0301\u0303\u0309\u0323]/iu;
/** Letters of Vietnamese that Western text has none of (ă đ ơ ư; Windows-1252 reads their bytes as ã ð õ ý). */
const VIETNAMESE_LETTER = /[ăđơư]/iu;
/** A tone mark after anything but a vowel: no Vietnamese word has one (Italian "così", "però" read in Windows-1258 do). */
const TONE_AFTER_OTHER = /(?:^|[^aeiouyâêôăơư])[\u0300\u0301\u0303\u0309\u0323]/iu;
/**
 * ă last in a word or before a vowel (its tone mark aside): Vietnamese ă only stands before c, m, n, ng, p, t. Portuguese
 * ã read in Windows-1258 does ("São", "não", "mãe", "irmã" become "Săo", "năo", "măe", "irmă").
 */
const BREVE_MISPLACED = /ă[\u0300\u0301\u0303\u0309\u0323]?(?:$|[aeiouyâêôăơư])/iu;
/**
 * One Vietnamese syllable, its marks taken off (Vietnamese is written a syllable per word): an onset, one to three
 * vowels, a final of its few (c ch m n ng nh p t). Turkish, Italian or Portuguese words read in Windows-1258 are
 * mostly not ("GİTTİ", "YAŞLI": doubled or foreign finals).
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** Words with a tone after a vowel needed, and the share of the words holding a high byte that are syllables. */
const MIN_TONED_WORDS = 2;
const MIN_SYLLABLE_SHARE = 0.8;
/**
 * Bytes of the lines holding high bytes that the Vietnamese check reads: it is meant for a sentence or two, and a
 * file without line breaks (minified HTML, a text dump) hands the detector all of itself as one line (10 MB of
 * Portuguese took a second more to read). Windows-1258 is one byte a character, so any byte is a character boundary.
 */
const VIETNAMESE_SAMPLE_BYTES = 65_536;

/**
 * True when `lines` (the lines holding high bytes; their first VIETNAMESE_SAMPLE_BYTES, the word cut there dropped),
 * read in Windows-1258, are Vietnamese: at least MIN_TONED_WORDS words with a tone mark after a vowel, one of them on
 * a vowel that bears a mark of its own (â ê ô ă ơ ư), a letter of Vietnamese's own (ă đ ơ ư) somewhere, no ă where
 * Vietnamese never has it (BREVE_MISPLACED), and at least MIN_SYLLABLE_SHARE of the words holding a high byte shaped
 * as Vietnamese syllables. Western text in Windows-1252 has the vowel-then-ì/ò pairs (Italian "ciò": a tone in
 * Windows-1258) or the letters (Portuguese "não", Icelandic "það": ă, đ), and Turkish both in capitals (Ş a tone, İ
 * an Ư), but few of its words are such syllables, Italian puts ì and ò after consonants too (TONE_AFTER_OTHER), and
 * a mix of languages (Italian or Pinyin naming São Paulo) has no tone on a marked vowel and a misplaced ă.
 */
function vietnameseShaped(lines: Uint8Array): boolean {
  const cut = lines.length > VIETNAMESE_SAMPLE_BYTES;
  const sample = cut ? lines.subarray(0, VIETNAMESE_SAMPLE_BYTES) : lines;
  let text = textDecoder("windows-1258")?.decode(sample) ?? iconvDecode(sample, "windows-1258");
  if (cut) text = text.slice(0, Math.max(0, text.search(/\s\S*$/u)));
  if (!VIETNAMESE_LETTER.test(text) || !TONE_ON_MARKED_VOWEL.test(text) || TONE_AFTER_OTHER.test(text)) return false;
  let highWords = 0;
  let toned = 0;
  let syllables = 0;
  for (const word of text.split(/[\s\p{P}\p{S}\d]+/u)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    if (BREVE_MISPLACED.test(word)) return false;
    highWords++;
    if (TONE_AFTER_VOWEL.test(word)) toned++;
    const bare = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d");
    if (VIETNAMESE_SYLLABLE.test(bare)) syllables++;
  }
  return toned >= MIN_TONED_WORDS && syllables >= highWords * MIN_SYLLABLE_SHARE;
}

/** Decode `bytes` as `encoding` (TextDecoder, else iconv-lite). */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  const decoder = textDecoder(encoding);
  return decoder ? composed(decoder.decode(bytes), encoding) : iconvDecode(bytes, encoding);
}

/** Labels of Windows-1258 (canonical form, charsetKey): Vietnamese, its tone marks written as combining characters. */
const COMBINING_CHARSETS = new Set(["windows1258", "cp1258", "xcp1258", "win1258"]);

/**
 * Text decoded from a charset that writes accents as combining marks after the letter (Windows-1258 writes the five
 * Vietnamese tones so), composed (NFC) as UTF-8 text of the same words is: left decomposed, every word split at each
 * mark (`\p{L}+`), so word counts, entities and near-duplicate fingerprints differed from the UTF-8 copy. Offsets are
 * taken in the decoded text, after this.
 */
function composed(text: string, encoding: string): string {
  return COMBINING_CHARSETS.has(charsetKey(encoding)) ? text.normalize("NFC") : text;
}

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  let cp: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
  else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
  else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
  else return 0;
  if (i + need >= bytes.length) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k]!;
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : need + 1;
}

function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return composed(iconv.decode(toBuffer(bytes), encoding, { stripBOM: false }), encoding);
}

/** UTF-8 decoded with each broken sequence as U+FFFD. */
const lossy = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);

/**
 * Bytes that are UTF-8 with a few broken sequences (a truncated or spliced download): at least four valid multi-byte
 * characters for each invalid byte. Legacy text almost never holds valid multi-byte UTF-8 (a capital letter followed by
 * a symbol byte), so one bad byte in a UTF-8 file does not make the whole of it legacy.
 */
function mostlyUtf8(s: { invalid: number; multi: number }): boolean {
  return s.multi >= s.invalid * 4;
}

function replacedNotice(invalid: number): DecodeWarning {
  return { rule: DECODE_RULES.replaced, reason: `${invalid} invalid UTF-8 byte(s) replaced with U+FFFD` };
}

/**
 * Decode UTF-8 bytes; when invalid: lossy UTF-8 (a few broken sequences), UTF-8 lines kept beside lines in a legacy
 * charset (a UTF-8 file with a legacy block pasted in, a JSON Lines export with records of two encodings), or the
 * legacy charset the bytes look like (legacyVerdict). Never a reject of valid UTF-8 text for a section beside it.
 */
function decodeUtf8OrFallback(body: Uint8Array, declared: boolean): Decoded {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: "utf-8", via: declared ? "declared" : "utf-8-valid", warnings: [] };
  } catch {
    // Invalid UTF-8: judged below.
  }
  const { invalid, multi } = utf8Stats(body);
  // Mostly valid UTF-8 with a few broken sequences (a truncated or spliced file):
  // Windows-1252 would turn every good multi-byte character into mojibake.
  if (mostlyUtf8({ invalid, multi })) {
    return { text: lossy(body), encoding: "utf-8", via: declared ? "declared" : "utf-8-valid", warnings: [replacedNotice(invalid)] };
  }
  const why = declared ? "declared UTF-8 but bytes are not valid UTF-8" : "no charset declared and bytes are not valid UTF-8";
  // Line by line: the lines that are UTF-8 (all valid, or mostly) and the others, judged on their own bytes.
  const lines = multi > 0 ? lineRanges(body) : [];
  const isUtf8Line: boolean[] = [];
  let evidence = 0;
  const legacyParts: Uint8Array[] = [];
  for (const [from, to] of lines) {
    const s = utf8Stats(body.subarray(from, to));
    const ok = s.invalid === 0 || (s.multi > 0 && s.multi >= s.invalid * 4);
    isUtf8Line.push(ok);
    if (ok) evidence += s.multi;
    else legacyParts.push(body.subarray(from, to));
  }
  const mixed = evidence >= MIN_UTF8_EVIDENCE;
  const legacy = mixed ? Buffer.concat(legacyParts) : body;
  const verdict = legacyVerdict(legacy);
  const latin = verdict.encoding === "windows-1252" && !("detected" in verdict && verdict.detected);
  if (latin) {
    if (multi > 0) {
      // Both at once (a UTF-8 file with Latin-1 lines pasted in, two exports concatenated): each valid UTF-8
      // sequence as UTF-8, each other byte as Windows-1252. Decoding all as Windows-1252 made every UTF-8 "é" an "Ã©".
      return {
        text: decodeMixed(body),
        encoding: "windows-1252",
        via: "fallback",
        warnings: [{ rule: DECODE_RULES.fallback, reason: `${why}: ${multi} UTF-8 character(s) kept, ${invalid} other byte(s) decoded as windows-1252` }],
      };
    }
    return { text: iconvDecode(body, "windows-1252"), encoding: "windows-1252", via: "fallback", warnings: [{ rule: DECODE_RULES.fallback, reason: `${why}: decoded as windows-1252` }] };
  }
  if (!mixed) {
    if (verdict.encoding === null) {
      return { text: decodeMixed(body), encoding: "windows-1252", via: "fallback", warnings: [], undecodable: { share: verdict.share, declaredUtf8: declared } };
    }
    return {
      text: decodeAs(body, verdict.encoding),
      encoding: verdict.encoding,
      via: "detected",
      warnings: [{ rule: DECODE_RULES.detected, reason: `${why}: detected ${verdict.encoding} (statistical detector), decoded as ${verdict.encoding}` }],
    };
  }
  // UTF-8 lines beside lines of a legacy charset: each line in its own.
  const enc = verdict.encoding;
  const buf = toBuffer(body);
  const parts = lines.map(([from, to], k) => (isUtf8Line[k] ? buf.toString("utf8", from, to) : enc ? decodeAs(body.subarray(from, to), enc) : lossy(body.subarray(from, to))));
  const other = legacyParts.length;
  return {
    text: parts.join(""),
    encoding: "utf-8",
    via: declared ? "declared" : "utf-8-valid",
    warnings: [
      enc
        ? { rule: DECODE_RULES.detected, reason: `${why}: ${lines.length - other} line(s) kept as UTF-8, ${other} line(s) in detected ${enc} (statistical detector) decoded as ${enc}` }
        : { rule: DECODE_RULES.replaced, reason: `${why}: ${lines.length - other} line(s) kept as UTF-8, ${other} line(s) in no known encoding: their invalid bytes replaced with U+FFFD` },
    ],
  };
}

/** True if the bytes are valid UTF-8 and contain at least one multi-byte character. */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  let nonAscii = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) {
      nonAscii = true;
      break;
    }
  }
  if (!nonAscii) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode a file's bytes to text (see the file comment for the order of
 * evidence). `headerCharset` is a charset from an HTTP Content-Type header saved
 * with the page; like in browsers it outranks the page's own declaration.
 * `assumed` is the charset the user gave for files that declare none (config
 * `input_encoding`, validated by knownCharsetLabel): a byte-order mark, a header or
 * an in-file declaration outrank it; it replaces detection and the Windows-1252 fallback.
 */
export function decodeBytes(bytes: Uint8Array, headerCharset: string | null = null, assumed: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === "utf-8") {
      const d = decodeUtf8OrFallback(body, true);
      return { ...d, via: d.via === "fallback" || d.via === "detected" ? d.via : "bom" };
    }
    return { text: iconvDecode(body, bom.encoding), encoding: bom.encoding, via: "bom", warnings: [] };
  }
  const pattern = utf16Pattern(bytes);
  if (pattern) return { text: iconvDecode(bytes, pattern), encoding: pattern, via: "utf-16-pattern", warnings: [] };

  const label = headerCharset?.toLowerCase() ?? declaredCharset(bytes);
  const warnings: DecodeWarning[] = [];
  if (label) {
    const encoding = aliased(label, DECLARED_ALIASES);
    if (encoding === "utf-8") return decodeUtf8OrFallback(bytes, true);
    if (iconv.encodingExists(encoding)) {
      // A CMS template that says Latin-1 around UTF-8 content is common; valid multi-byte
      // UTF-8 is vanishingly unlikely in real legacy-encoded text, so the bytes win.
      if (isNonAsciiUtf8(bytes)) {
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
        return { text, encoding: "utf-8", via: "utf-8-valid", warnings: [{ rule: DECODE_RULES.declarationOverridden, reason: `declared charset "${label}" but bytes are valid UTF-8: decoded as UTF-8` }] };
      }
      return { text: iconvDecode(bytes, encoding), encoding, via: "declared", warnings };
    }
    warnings.push({ rule: DECODE_RULES.unknownLabel, reason: `unknown charset "${label}" declared: ignored` });
  }
  if (assumed) {
    const encoding = aliased(assumed, ASSUMED_ALIASES);
    if (encoding === "utf-8") {
      const d = decodeUtf8OrFallback(bytes, true);
      return { ...d, via: d.via === "declared" ? "configured" : d.via, warnings: [...warnings, ...d.warnings] };
    }
    if (knownCharsetLabel(encoding)) {
      // As for a declared charset: valid multi-byte UTF-8 is not legacy text (a UTF-8 file in a folder of legacy ones).
      // The option covers a whole folder, so a UTF-8 file in it with a few broken bytes (mostlyUtf8) is UTF-8 too, its
      // bad bytes replaced as when no charset is given, never decoded whole in the given charset without a word.
      const stats = utf8Stats(bytes);
      if (stats.multi > 0 && mostlyUtf8(stats)) {
        const valid = stats.invalid === 0;
        const reason = `input_encoding "${assumed}" given, but the bytes are ${valid ? "valid" : "mostly"} UTF-8: decoded as UTF-8`;
        const overridden: DecodeWarning = { rule: DECODE_RULES.declarationOverridden, reason };
        return {
          text: lossy(bytes),
          encoding: "utf-8",
          via: "utf-8-valid",
          warnings: [...warnings, overridden, ...(valid ? [] : [replacedNotice(stats.invalid)])],
        };
      }
      return { text: iconvDecode(bytes, encoding), encoding, via: "configured", warnings };
    }
  }
  const d = decodeUtf8OrFallback(bytes, false);
  return { ...d, warnings: [...warnings, ...d.warnings] };
}

/** Share of U+FFFD among the non-whitespace characters of `text` (0 for blank text). */
export function replacementShare(text: string): number {
  // Native search first: most texts hold no U+FFFD at all, and a 50 MB page must stay cheap.
  let bad = 0;
  for (let at = text.indexOf("\ufffd"); at >= 0; at = text.indexOf("\ufffd", at + 1)) bad++;
  if (bad === 0) return 0;
  let nonSpace = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) nonSpace++;
  }
  return nonSpace === 0 ? 0 : bad / nonSpace;
}
