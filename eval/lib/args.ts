/**
 * The command line of the eval scripts, read one way everywhere: a switch stands alone (`--verbose`), an
 * option takes the word after it (`--mode html`, `--errors 20`). No parsing library: the scripts take a
 * handful of flags each and print their own usage where they need one.
 */

const ARGV = process.argv.slice(2);

/** Whether the switch `name` ("--verbose") is on the command line. */
export function hasFlag(name: string, argv: readonly string[] = ARGV): boolean {
  return argv.includes(name);
}

/**
 * The word after the option `name` ("--mode html" → "html"), or undefined when the option is absent, last,
 * or followed by another option (`--fold --fails 5` gives no fold, never "--fails").
 */
export function optionValue(name: string, argv: readonly string[] = ARGV): string | undefined {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : undefined;
  return value === undefined || value.startsWith("--") ? undefined : value;
}

/** The words that are neither options nor the value of one of `valued` (the options that take a word). */
export function positionals(valued: readonly string[], argv: readonly string[] = ARGV): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (valued.includes(argv[i])) i++;
    else if (!argv[i].startsWith("--")) out.push(argv[i]);
  }
  return out;
}

/** Flags every eval takes: `--json` prints the figures the floors check (eval/lib/floors.ts). */
const COMMON_FLAGS = ["--json", "--help"];

/**
 * What is wrong with the command line, or undefined: the first word that looks like a flag (`--…`) and is
 * neither one of `flags` nor a common one. A value ("--mode html") is never a flag, so only names are checked.
 */
export function unknownFlag(flags: readonly string[], argv: readonly string[] = ARGV): string | undefined {
  return argv.find((a) => a.startsWith("--") && !flags.includes(a) && !COMMON_FLAGS.includes(a));
}

/**
 * Checks the command line before an eval starts its work: `--help` prints `usage` and exits 0; an unknown
 * flag prints what was not understood and the usage, and exits 2. Without this a mistyped switch
 * (`--halfs`) or `--help` ran the whole evaluation (minutes of training) without the view asked for.
 */
export function checkArgs(usage: string, flags: readonly string[], argv: readonly string[] = ARGV): void {
  if (argv.includes("--help")) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  const unknown = unknownFlag(flags, argv);
  if (unknown === undefined) return;
  console.error(`unknown option ${unknown}\nusage: ${usage}`);
  process.exit(2);
}

/**
 * The word after the option `name`, as `optionValue` reads it; an option given without its word (`--set` last,
 * or `--set --verbose`) prints what is missing and the usage, and exits 2. Read as absent, it would run the
 * default instead of the view asked for (eval:split's default set is every set, the held-out one included).
 */
export function requiredValue(name: string, usage: string, argv: readonly string[] = ARGV): string | undefined {
  const value = optionValue(name, argv);
  if (value !== undefined || !argv.includes(name)) return value;
  console.error(`option ${name} needs a value\nusage: ${usage}`);
  process.exit(2);
}
