/**
 * Binary files that end up in a scrape folder (images, PDFs, archives) are
 * recognised by their magic numbers, so the reject says what the file is
 * ("binary file (PDF)") instead of a vague decoding failure.
 */

/** Magic numbers, one entry per file type a crawler commonly saves beside pages. */
const MAGIC: { name: string; bytes: (number | null)[]; why: string }[] = [
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], why: "saved images" },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff], why: "saved images" },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38], why: "GIF87a / GIF89a: tracking pixels, images" },
  { name: "WebP", bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], why: "RIFF....WEBP images" },
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], why: "%PDF-: press releases, reports" },
  { name: "gzip", bytes: [0x1f, 0x8b], why: "compressed pages saved without inflating" },
  { name: "zip", bytes: [0x50, 0x4b, 0x03, 0x04], why: "archives, .docx/.xlsx/.epub" },
  { name: "zip", bytes: [0x50, 0x4b, 0x05, 0x06], why: "empty zip archive" },
  { name: "bzip2", bytes: [0x42, 0x5a, 0x68], why: "BZh: compressed dumps" },
  { name: "xz", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], why: "compressed dumps" },
  { name: "zstd", bytes: [0x28, 0xb5, 0x2f, 0xfd], why: "compressed dumps (WARC tooling)" },
  { name: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], why: "archives" },
  { name: "ELF", bytes: [0x7f, 0x45, 0x4c, 0x46], why: "executables copied by mistake" },
  { name: "MP4", bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70], why: "....ftyp: video" },
  { name: "OLE2 (legacy Office)", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], why: ".doc/.xls" },
];

/** How many leading bytes are inspected for NUL / control bytes (enough to judge, cheap on 50 MB files). */
const SNIFF_BYTES = 8192;

/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary. */
const CONTROL_SHARE = 0.1;

/**
 * NUL bytes in a text file (a download's zero padding, a C string's terminator, a bad export)
 * leave it text when they come in few runs and hardly any other control byte is there: at most
 * this many NUL runs, and other control bytes, per sniffed byte. The loader then reads each NUL
 * as a space (stages/load/index.ts). Binary formats without a magic number scatter NULs among
 * other control bytes (random bytes: 0.4 % NUL runs, 10 % other controls).
 */
const STRAY_NUL_SHARE = 0.01;
/**
 * ... and at least this many, whatever the file's length: a share alone made one NUL run too many in a file
 * under 100 bytes ("A short note.\0", a C string's terminator) and three in a 265-byte story.
 */
const STRAY_NUL_RUNS = 4;

/** The name of the binary type if `bytes` starts with a known magic number. */
export function magicType(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length < m.bytes.length) continue;
    if (m.bytes.every((b, i) => b === null || bytes[i] === b)) return m.name;
  }
  return null;
}

/**
 * Why the bytes are binary, or null if they may be text. Call only after a
 * UTF-16 BOM / UTF-16 pattern was ruled out: UTF-16 text is full of NUL bytes.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const magic = magicType(bytes);
  if (magic) return `binary file (${magic})`;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let nulRuns = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (i === 0 || bytes[i - 1] !== 0) nulRuns++;
      continue;
    }
    // Tab, LF, VT, FF, CR, ESC (ANSI colours in logs) and DEL-free text are fine.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  const stray = Math.max(STRAY_NUL_RUNS, n * STRAY_NUL_SHARE);
  if (nulRuns > 0 && (nulRuns > stray || controls > stray)) return "binary file (contains NUL bytes)";
  if (n > 0 && controls / n > CONTROL_SHARE) return "binary file (control bytes)";
  return null;
}
