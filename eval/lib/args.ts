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

/** The word after the option `name` ("--mode html" → "html"), or undefined when the option is absent or last. */
export function optionValue(name: string, argv: readonly string[] = ARGV): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
