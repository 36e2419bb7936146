/**
 * Stages trained or written for some languages only (the entity model and the
 * date rules are English) declare it (`Stage.languages`), and this gate says
 * what happened to an article in another language, as a diagnostic on the
 * document, instead of silently giving worse output:
 *
 *   degrade       the stage runs anyway and a notice says its output may be
 *                 poorer (a date tagger still finds "2017-01-24" and "14:30"
 *                 in German text; an English tagger still finds capitalised
 *                 names in Latin-script text);
 *   skip-script   as `degrade` for text written mostly in Latin script, but
 *                 skipped (with a notice) for other scripts, where an English
 *                 model's capitalisation and word features mean nothing
 *                 (Japanese, Russian, Arabic…).
 *
 * An article whose language is unknown (null: too short to tell) runs as usual.
 */
import type { ArticleDraft, Diagnostic, Stage, WorkDoc } from "./types.ts";

/** Half the letters in Latin script: enough for capitalisation and word-shape features to mean what they mean in English. */
const LATIN_SHARE = 0.5;

function mostlyLatin(text: string): boolean {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin / letters >= LATIN_SHARE;
}

/**
 * Run `stage` over the document, gating each article by language. Articles the
 * stage skips keep what they had; every skipped or degraded article gets a diagnostic.
 */
export function runWithLanguageGate(stage: Stage, doc: WorkDoc, run: (d: WorkDoc) => WorkDoc): WorkDoc {
  const support = stage.languages;
  if (!support) return run(doc);
  const notes: Diagnostic[] = [];
  const skipped = new Set<ArticleDraft>();
  for (const a of doc.articles) {
    const lang = a.meta.language ?? null;
    if (lang === null || support.supported.includes(lang)) continue;
    const skip = support.otherwise === "skip-script" && !mostlyLatin(a.text);
    if (skip) skipped.add(a);
    notes.push({
      stage: stage.name,
      rule: `${stage.name}/${skip ? "skipped" : "degraded"}-language`,
      level: skip ? "warning" : "info",
      message: `${lang}: ${stage.name} ${skip ? "not run" : "may miss or mistype items"} (built for ${support.supported.join(", ")}); article ${a.index}`,
      language: lang,
    });
  }
  if (skipped.size === 0) {
    const out = run(doc);
    return notes.length ? { ...out, diagnostics: [...out.diagnostics, ...notes] } : out;
  }
  const kept = doc.articles.filter((a) => !skipped.has(a));
  const out = run({ ...doc, articles: kept });
  // Per-article stages give back one article per article, in order.
  if (out.articles.length !== kept.length) throw new Error(`${stage.name}: the language gate needs one article out per article in`);
  let k = 0;
  const articles = doc.articles.map((a) => (skipped.has(a) ? a : out.articles[k++]));
  return { ...out, articles, diagnostics: [...out.diagnostics, ...notes] };
}
