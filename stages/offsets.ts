/**
 * UTF-16 offsets (what JavaScript strings index) → Unicode code-point offsets
 * (what Python's str indexes). Only text with astral characters (emoji, rare
 * CJK) differs; for the rest the conversion is the identity.
 */
export type OffsetConverter = (utf16Offset: number) => number;

export function codePointConverter(text: string): OffsetConverter {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  // prefix[i] = number of code points in text[0:i]
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    // A low surrogate continues the code point its high surrogate opened.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
  }
  prefix[text.length] = cp;
  return (i) => prefix[i];
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The inverse: code-point offsets → UTF-16 offsets (to use JavaScript string methods on output records). */
export function utf16Converter(text: string): OffsetConverter {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const starts: number[] = [];
  let u = 0;
  for (const ch of text) {
    starts.push(u);
    u += ch.length;
  }
  starts.push(u);
  return (cp) => starts[cp];
}
