/**
 * YAML that PyYAML reads without surprises: every string value is double
 * quoted, so `no`, `on`, `yes`, `1e3`, `2017-01-24` and `null`-looking text stay
 * strings (YAML 1.1 would turn them into booleans, numbers and dates).
 * Articles are written as items of one top-level sequence, one at a time, so the
 * file streams and `yaml.safe_load(open(...))` gives a list of dicts.
 *
 * The records have a fixed shape (plain objects, arrays, strings, numbers,
 * booleans, null), so a small emitter does the job; building a `yaml` Document
 * per article cost a quarter of the writer thread's time. test/write.test.ts
 * checks that the `yaml` package parses every emitted item back to the record.
 */

/**
 * Characters escaped inside double quotes besides `"` and `\`: C0 controls,
 * DEL and C1 controls (PyYAML's reader refuses them raw), NEL, LS and PS (YAML
 * 1.1 reads them as line breaks and would fold them), BOM, non-characters, and
 * lone surrogates.
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" };

function quote(s: string): string {
  return `"${s.replace(NEEDS_ESCAPE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

/** Keys of our records are identifiers; anything else is quoted. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Identifiers YAML 1.1 reads as booleans or null ("n: 1" has the key false). */
const RESERVED_KEY = /^(y|n|yes|no|on|off|true|false|null)$/i;

function scalar(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return quote(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (Number.isFinite(v)) return String(v);
    return Number.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
  }
  throw new TypeError(`cannot write ${typeof v} as YAML`);
}

function isComposite(v: unknown): v is object {
  return typeof v === "object" && v !== null;
}

/** Lines of a mapping or sequence at `indent`; the first line's prefix is added by the caller. */
function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      const lead = i === 0 ? "" : indent;
      if (isComposite(item) && (Array.isArray(item) ? item.length : Object.keys(item).length)) {
        const start = out.length;
        emit(item, indent + "  ", out);
        out[start] = `${lead}- ${out[start]}`;
      } else {
        out.push(`${lead}- ${isComposite(item) ? (Array.isArray(item) ? "[]" : "{}") : scalar(item)}`);
      }
    });
    return;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  entries.forEach(([k, x], i) => {
    const lead = i === 0 ? "" : indent;
    const key = PLAIN_KEY.test(k) && !RESERVED_KEY.test(k) ? k : quote(k);
    if (isComposite(x) && (Array.isArray(x) ? x.length : Object.keys(x).length)) {
      out.push(`${lead}${key}:`);
      const start = out.length;
      // sequences sit at the key's indentation ("key:\n- a"), mappings one level deeper
      const inner = Array.isArray(x) ? indent : indent + "  ";
      emit(x, inner, out);
      out[start] = inner + out[start];
    } else {
      out.push(`${lead}${key}: ${isComposite(x) ? (Array.isArray(x) ? "[]" : "{}") : scalar(x)}`);
    }
  });
}

/** One record as an item of a top-level YAML sequence ("- key: value" lines). */
export function yamlSequenceItem(record: unknown): string {
  const out: string[] = [];
  emit([record], "", out);
  // The final line break joined in: `join(…) + "\n"` would be a rope that every writer must flatten (a copy of the whole item).
  out.push("");
  return out.join("\n");
}
