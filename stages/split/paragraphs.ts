/**
 * Paragraph spans of an article text. Paragraphs are separated by one or more
 * blank lines; a span excludes the surrounding whitespace. For text built by
 * the pipeline (blocks joined with "\n\n") the paragraphs re-join to the text
 * exactly; for verbatim text (--skip clean) the spans still slice the original.
 */
export interface ParagraphSpan {
  start: number;
  end: number;
}

const SEPARATOR = /\n[ \t\r\f\v]*\n\s*/g;

export function findParagraphs(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
