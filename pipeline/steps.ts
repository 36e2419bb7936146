/**
 * The pipeline, in one place: an ordered list of per-document stages, the way
 * chrono composes its parsers and refiners, then the corpus passes over the
 * articles. A user switches a stage off with --skip NAME; `split` cannot be
 * skipped because it is what makes articles. (The template pass runs before
 * the fan-out, corpus/templates.ts; the writers are the final pass,
 * write/final-pass.ts.)
 */
import { cleanStage } from "../stages/clean/index.ts";
import { datesStage } from "../stages/dates/index.ts";
import { entitiesStage } from "../stages/entities/index.ts";
import { splitStage } from "../stages/split/index.ts";
import type { SourceDoc, Stage, StageContext, WorkDoc } from "../stages/types.ts";
import { runWithLanguageGate } from "../stages/language-gate.ts";
import { SKIPPABLE_STAGES, type Config } from "../schemas/config.ts";
import { compileSiteRules } from "../stages/clean/site-rule-compile.ts";
import type { TemplateSet } from "../stages/clean/templates.ts";
import { canonicalEntitiesPass } from "../corpus/canonical.ts";
import { nearDuplicatesPass } from "../corpus/duplicates.ts";

export const STAGES: readonly Stage[] = [cleanStage, splitStage, entitiesStage, datesStage];

/**
 * The corpus passes over articles (contract: corpus/pass.ts), fresh for each run. They annotate
 * each record in this order in the final pass; each one's observation travels in the digest.
 */
export function corpusPasses() {
  const entities = canonicalEntitiesPass();
  const duplicates = nearDuplicatesPass();
  return { entities, duplicates, inOrder: [duplicates, entities] as const };
}
export type CorpusPasses = ReturnType<typeof corpusPasses>;

/** Stages a user may switch off (the list is schemas/config.ts SKIPPABLE_STAGES). */
export const SKIPPABLE: ReadonlySet<string> = new Set(SKIPPABLE_STAGES);

/** Name → version of the stages that run with this configuration (part of the manifest and cache key). */
export function stageVersions(config: Pick<Config, "skip">): Record<string, string> {
  const skip: readonly string[] = config.skip;
  return Object.fromEntries(STAGES.filter((s) => !skip.includes(s.name)).map((s) => [s.name, s.version]));
}

/**
 * The stages' read-only view of the run (StageContext): derived from the one Config once per
 * run (and again where the work runs, on each worker thread), plus the templates learned before the fan-out.
 */
export function stageView(config: Pick<Config, "skip" | "sites">, templates?: TemplateSet): StageContext {
  return {
    skip: new Set(config.skip),
    templates,
    siteRules: config.sites.length ? compileSiteRules(config.sites) : undefined,
  };
}

/** Run every enabled stage over one document. Pure: no I/O. Throws if a stage throws (the caller rejects the input). */
export function processSource(source: SourceDoc, ctx: StageContext): WorkDoc {
  let doc: WorkDoc = { source, articles: [], diagnostics: [] };
  for (const stage of STAGES) {
    if (ctx.skip.has(stage.name)) continue;
    try {
      doc = runWithLanguageGate(stage, doc, (d) => stage.run(d, ctx));
    } catch (err) {
      throw new StageError(stage.name, err);
    }
  }
  return doc;
}

export class StageError extends Error {
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
