/**
 * YAML that PyYAML reads without surprises: every string value is double
 * quoted, so `no`, `on`, `yes`, `1e3`, `2017-01-24` and `null`-looking text stay
 * strings (YAML 1.1 would turn them into booleans, numbers and dates).
 * Articles are written as items of one top-level sequence, one at a time, so the
 * file streams and `yaml.safe_load(open(...))` gives a list of dicts.
 */
import YAML from "yaml";

const OPTIONS = {
  defaultStringType: "QUOTE_DOUBLE",
  defaultKeyType: "PLAIN",
  lineWidth: 0,
  version: "1.1",
} as const;

/** One record as an item of a top-level YAML sequence ("- key: value" lines). */
export function yamlSequenceItem(record: unknown): string {
  return YAML.stringify([record], OPTIONS);
}
