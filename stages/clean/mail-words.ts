/**
 * Mail header values as a reader sees them: RFC 2047 encoded words decoded, a sender's display name without its
 * quotes or a mailing list's " via list" suffix, and an audit row of a header block that keeps no addresses.
 * Family: mbox files and mailing-list archives of every mail client (non-ASCII subjects and names are sent as
 * encoded words; Google Groups and Mailman rewrite a sender as "Name via list").
 */
import iconv from "iconv-lite";

/** An RFC 2047 encoded word: `=?charset?B?base64?=` or `=?charset?Q?quoted-printable?=` (charset may carry `*lang`). */
const ENCODED_WORD = /=\?([^?\s*]{1,40})(?:\*[^?\s]{1,20})?\?([BbQq])\?([^?\s]{0,1000})\?=/g;

/**
 * `value` with its encoded words decoded (whitespace between two adjacent encoded words dropped, as RFC 2047 says),
 * or null when one cannot be decoded (an unknown charset): a raw "=?…?=" is no title or name.
 */
export function decodeEncodedWords(value: string): string | null {
  if (!value.includes("=?")) return value;
  let failed = false;
  const out = value.replace(/(\?=)[ \t]+(?==\?)/g, "$1").replace(ENCODED_WORD, (_, charset: string, mode: string, data: string) => {
    if (!iconv.encodingExists(charset)) {
      failed = true;
      return "";
    }
    const bytes =
      mode.toUpperCase() === "B"
        ? Buffer.from(data, "base64")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1");
    return iconv.decode(bytes, charset);
  });
  return failed || out.includes("=?") ? null : out;
}

/** A sender's display name as written in a From field: decoded, without surrounding quotes or a list's " via name". */
export function displayName(raw: string): string | null {
  const decoded = decodeEncodedWords(raw.trim());
  if (decoded === null) return null;
  const name = decoded
    .replace(/^(["'])(.*)\1$/, "$2")
    .replace(/\s+via\s+\S.*$/i, "")
    .trim();
  return name !== "" && !name.includes("@") ? name : null;
}

/** Header fields whose value an audit row keeps: the ones taken as the message's title and date. */
const KEPT_FIELDS = new Set(["subject", "date", "sent"]);

/**
 * A mail header row as the audit keeps it: a Subject or Date row whole, any other field's name only ("To: …"), an mbox
 * "From " line's marker, a folded line (`folded`, the continuation of the field above) as "…". Recipients' and relays'
 * addresses and hosts are no part of the dataset's audit.
 */
export function auditMailRow(text: string, folded: boolean): string {
  if (folded) return "…";
  if (/^From /.test(text)) return "From …";
  const m = /^([A-Za-z][\w-]{0,40})[ \t]*:/.exec(text);
  if (!m) return "…";
  return KEPT_FIELDS.has(m[1].toLowerCase()) ? text : `${m[1]}: …`;
}
