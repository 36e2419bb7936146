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
