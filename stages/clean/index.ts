/**
 * clean: page → kept blocks + audit of removed blocks + metadata found on the page.
 * HTML goes through main-content extraction; text dumps through the block classifier.
 */
import type { Stage, StageContext, WorkDoc } from "../types.ts";
import { extractHtml } from "./html.ts";
import { cleanTextDump } from "./text.ts";

export function cleanDocument(doc: WorkDoc, _ctx: StageContext): WorkDoc {
  const { source } = doc;
  const clean =
    source.kind === "html"
      ? extractHtml(source.content, { url: source.given.url ?? null, crawledAt: source.crawledAt ?? null })
      : cleanTextDump(source.content);
  return { ...doc, clean };
}

export const cleanStage: Stage = { name: "clean", version: "1", run: cleanDocument };
