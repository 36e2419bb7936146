/**
 * Bytes → text, honouring what the file says about its own encoding:
 * a byte-order mark first, then an XML `encoding=` or HTML `<meta charset>` /
 * `http-equiv="content-type"` declaration, then UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252 (the encoding browsers assume for undeclared
 * legacy Western pages) with a warning, so we never emit mojibake silently.
 */
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding actually used (iconv-lite / WHATWG name). */
  encoding: string;
  /** How the encoding was chosen: "bom", "declared", "utf-16-pattern", "utf-8-valid", "fallback". */
  via: string;
  /** Notices about the decoding (fallbacks, ignored declarations), each with its rule id (DECODE_RULES). */
  warnings: DecodeWarning[];
  /**
   * Set when the bytes were read by the Windows-1252 fallback although they do not look like Windows-1252 text
   * (MAX_FOREIGN_BYTE_SHARE): the share of their non-space bytes that are neither ASCII nor UTF-8. The loader
   * rejects the file with that reason instead of keeping mojibake.
   */
  foreignShare?: number;
}

/**
 * The rule ids of decoding notices: the text loaded, but not as the bytes or the declaration said.
 * They reach the run as load notices (pipeline/document.ts), counted in the report.
 */
export const DECODE_RULES = {
  /** Undeclared (or declared UTF-8) bytes that are not UTF-8: read as Windows-1252, the browsers' legacy default. */
  fallback: "load/charset-fallback",
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

/**
 * Declared labels that must be read as another encoding. WHATWG maps these
 * because pages that declare them really contain the superset.
 */
const LABEL_ALIASES: Record<string, string> = {
  // Pages labelled Latin-1 or ASCII routinely contain Windows-1252 curly quotes (0x93/0x94).
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  "l1": "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "x-user-defined": "windows-1252",
  // A page whose declaration we could read as ASCII bytes is not UTF-16 (WHATWG: treat as UTF-8).
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
  // Labels for UTF-8 that iconv-lite does not know under that spelling.
  "unicode-1-1-utf-8": "utf-8",
  utf8: "utf-8",
  // GB2312 pages contain GBK characters.
  gb2312: "gbk",
  "x-gbk": "gbk",
};

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
  const head = toBuffer(bytes).subarray(0, DECLARATION_WINDOW).toString("latin1");
  const m = XML_ENCODING_RE.exec(head) ?? META_CHARSET_RE.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Count invalid UTF-8 sequences, valid multi-byte sequences and bytes other than ASCII whitespace (linear scan). */
function utf8Stats(bytes: Uint8Array): { invalid: number; multi: number; nonSpace: number } {
  let invalid = 0;
  let multi = 0;
  let spaces = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) spaces++;
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) invalid++;
    else if (len > 1) multi++;
    i += Math.max(len, 1);
  }
  return { invalid, multi, nonSpace: bytes.length - spaces };
}

/**
 * Bytes that are neither UTF-8 nor plausibly Windows-1252 text: more than this share of the non-space bytes are
 * outside ASCII and outside any valid UTF-8 sequence (and at least FOREIGN_MIN_BYTES of them). Windows-1252 text of a
 * Western language has a few % of such bytes (its accented letters and curly quotes: French, German, Portuguese
 * 1–5 %, Finnish and Icelandic under 10 %); random or encrypted bytes without NULs have about 57 %, and so does
 * text in an undeclared legacy encoding of another script (Cyrillic windows-1251 or KOI8-R, Greek, Hebrew, Thai,
 * GBK, Shift_JIS, EUC-KR), which read as Windows-1252 became an article of mojibake.
 */
export const MAX_FOREIGN_BYTE_SHARE = 0.3;
/** ... a short text is judged on its own share of them only past this many (a title "Déjà vu" is half accents). */
export const FOREIGN_MIN_BYTES = 64;

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
  return iconv.decode(toBuffer(bytes), encoding, { stripBOM: false });
}

/** Decode UTF-8 bytes; when invalid, decide between lossy UTF-8 and Windows-1252. */
function decodeUtf8OrFallback(body: Uint8Array, declared: boolean): Decoded {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: "utf-8", via: declared ? "declared" : "utf-8-valid", warnings: [] };
  } catch {
    // Invalid UTF-8: judged below.
  }
  const { invalid, multi, nonSpace } = utf8Stats(body);
  // Mostly valid UTF-8 with a few broken sequences (a truncated or spliced file):
  // Windows-1252 would turn every good multi-byte character into mojibake.
  if (multi >= invalid * 4) {
    const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body);
    return {
      text,
      encoding: "utf-8",
      via: declared ? "declared" : "utf-8-valid",
      warnings: [{ rule: DECODE_RULES.replaced, reason: `${invalid} invalid UTF-8 byte(s) replaced with U+FFFD` }],
    };
  }
  const why = declared ? "declared UTF-8 but bytes are not valid UTF-8" : "no charset declared and bytes are not valid UTF-8";
  const foreign = invalid >= FOREIGN_MIN_BYTES && invalid > nonSpace * MAX_FOREIGN_BYTE_SHARE ? { foreignShare: invalid / nonSpace } : {};
  if (multi > 0) {
    // Both at once (a UTF-8 file with Latin-1 lines pasted in, two exports concatenated): each valid UTF-8
    // sequence as UTF-8, each other byte as Windows-1252. Decoding all as Windows-1252 made every UTF-8 "é" an "Ã©".
    return {
      text: decodeMixed(body),
      encoding: "windows-1252",
      via: "fallback",
      warnings: [{ rule: DECODE_RULES.fallback, reason: `${why}: ${multi} UTF-8 character(s) kept, ${invalid} other byte(s) decoded as windows-1252` }],
      ...foreign,
    };
  }
  return {
    text: iconvDecode(body, "windows-1252"),
    encoding: "windows-1252",
    via: "fallback",
    warnings: [{ rule: DECODE_RULES.fallback, reason: `${why}: decoded as windows-1252` }],
    ...foreign,
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
 */
export function decodeBytes(bytes: Uint8Array, headerCharset: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === "utf-8") {
      const d = decodeUtf8OrFallback(body, true);
      return { ...d, via: d.via === "fallback" ? "fallback" : "bom" };
    }
    return { text: iconvDecode(body, bom.encoding), encoding: bom.encoding, via: "bom", warnings: [] };
  }
  const pattern = utf16Pattern(bytes);
  if (pattern) return { text: iconvDecode(bytes, pattern), encoding: pattern, via: "utf-16-pattern", warnings: [] };

  const label = headerCharset?.toLowerCase() ?? declaredCharset(bytes);
  const warnings: DecodeWarning[] = [];
  if (label) {
    const encoding = LABEL_ALIASES[label] ?? label;
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
