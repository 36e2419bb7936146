/**
 * The stages a user may switch off (`--skip NAME`, config `skip:`), by name: the one list the
 * command line, the configuration schema and the pipeline read. A literal in a module of its
 * own, so that loading a configuration does not load every stage module; `split` is not in it
 * because it is what makes articles. test/config.test.ts checks each name is a stage of
 * pipeline/steps.ts.
 */
export const SKIPPABLE_STAGES = ["clean", "entities", "dates"] as const;
