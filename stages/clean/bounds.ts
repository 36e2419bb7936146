/**
 * The cleaner's output bound: a document keeps at most LIMITS.documentTextChars
 * characters of text. The block that crosses the bound is cut at its last
 * sentence end (else space) before it, and what follows is dropped with one
 * audit row (rule `limits/document-length`) that says how much was dropped and
 * shows its beginning. Everything after the cleaner (split, taggers, the record,
 * the final pass) is then bounded by the bound, whatever the input's shape:
 * a 19 MB one-line text made an 87 MB record and a 1.2 GB run.
 */
import type { Block, CleanResult, RemovedBlock } from "../types.ts";
import { LIMITS } from "../limits.ts";

export const DOCUMENT_LENGTH_RULE = "limits/document-length";

/** `text` shortened for an audit row: its beginning and its full length. */
export function auditPreview(text: string): string {
  if (text.length <= LIMITS.auditPreviewChars) return text;
  return `${text.slice(0, LIMITS.auditPreviewChars)} … [${text.length} characters in all]`;
}

export function boundDocumentText(result: CleanResult, max: number = LIMITS.documentTextChars): CleanResult {
  let total = 0;
  let cutAt = -1;
  for (let i = 0; i < result.blocks.length; i++) {
    total += result.blocks[i]!.text.length;
    if (total > max) {
      cutAt = i;
      break;
    }
  }
  if (cutAt < 0) return result;
  const block = result.blocks[cutAt]!;
  const room = max - (total - block.text.length);
  const keepChars = cutPoint(block.text, room);
  const kept: Block[] = result.blocks.slice(0, cutAt);
  if (keepChars > 0) kept.push({ ...block, text: block.text.slice(0, keepChars).trimEnd() });
  let droppedChars = block.text.length - keepChars;
  let first = block.text.slice(keepChars).trimStart();
  for (let i = cutAt + 1; i < result.blocks.length; i++) droppedChars += result.blocks[i]!.text.length;
  if (first.length < LIMITS.auditPreviewChars && cutAt + 1 < result.blocks.length) first += `\n${result.blocks[cutAt + 1]!.text}`;
  const removed: RemovedBlock = {
    text: auditPreview(first).replace(/ … \[\d+ characters in all\]$/, "") + ` … [${droppedChars} characters dropped]`,
    rule: DOCUMENT_LENGTH_RULE,
    reason: `document text longer than ${max} characters: the rest (${result.blocks.length - cutAt} block(s), ${droppedChars} characters) is not processed`,
  };
  return { ...result, blocks: kept, removed: [...result.removed, removed] };
}

/** Where to cut `text` to at most `room` characters: after a sentence end, else at a space, else hard (looks back 10,000 characters at most). */
function cutPoint(text: string, room: number): number {
  if (room <= 0) return 0;
  const floor = Math.max(1, room - 10_000);
  for (let i = Math.min(room, text.length) - 1; i >= floor; i--) {
    const c = text[i]!;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[i + 1] ?? " ")) return i + 1;
  }
  const space = text.lastIndexOf(" ", room);
  return space >= floor ? space : room;
}
