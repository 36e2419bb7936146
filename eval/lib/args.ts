/**
 * The command line of the eval and bench scripts, read one way everywhere: node's `parseArgs` (strict), with
 * `--help` (or `-h`) printing the usage and exiting 0, and anything it does not understand (an option the script does not
 * take, an option given without its word, a stray word where none is taken) printing what was wrong and the usage
 * and exiting 2 before any work — never a stack trace, and never the default view run instead of the one asked for
 * (a mistyped `--halfs` once ran minutes of training without the view asked for).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * The `parseArgs` config, plus the usage after the command (made from the options when absent) and the script's own
 * check of what was read (`check`: what is wrong, said to the user, or null), refused like a parse error.
 */
export type CommandLineConfig = ParseArgsConfig & { usage?: string; check?: (read: ParsedCommandLine) => string | null };

/** What `parseArgs` read, as a script's `check` sees it. */
export type ParsedCommandLine = ReturnType<typeof parseArgs<ParseArgsConfig>>;

/** Options every eval takes: `--json` prints the figures the floors check (eval/lib/floors.ts). */
export const EVAL_OPTIONS = { json: { type: "boolean" } } as const;

/** The usage made from a config's options: `[--name]` for a switch, `[--name VALUE]` for an option that takes a word. */
function optionsUsage(options: ParseArgsConfig["options"]): string {
  return Object.entries(options ?? {})
    .map(([name, o]) => `[--${name}${o.type === "string" ? " VALUE" : ""}]`)
    .join(" ");
}

/**
 * What `parseArgs` refused, said the way a user reads it: the option named, without node's error wording. An option
 * followed by a word starting with "-" is refused by node as ambiguous: when that word is another option ("--set
 * --verbose") the value was left out; when it is not ("--only -year", "--seed -1") it is a value, written with "=".
 */
function problemOf(e: unknown, argv: readonly string[]): string {
  const { code, message } = e as { code?: string; message: string };
  const named = /'(-[^', ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named) return `unknown option ${named}`;
  const stray = /^Unexpected argument '([^]*)'\. This command does not take positional arguments/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && stray !== undefined) return `unexpected word '${stray}' (options start with --)`;
  if (code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || !named) return message;
  if (/argument missing/.test(message)) return `option ${named} needs a value`;
  if (/does not take an argument/.test(message)) return `option ${named} takes no value`;
  if (/argument is ambiguous/.test(message)) {
    const at = argv.findIndex((a, i) => a === named && argv[i + 1]?.startsWith("-"));
    const word = at < 0 ? undefined : argv[at + 1];
    if (word === undefined || word.startsWith("--")) return `option ${named} needs a value`;
    const written = named.startsWith("--") ? `${named}=${word}` : `${named}${word}`;
    return `option ${named}: a value starting with "-" is written ${written}`;
  }
  return message;
}

/**
 * A command line where `--NAME` takes an optional count (`--errors`, `--errors 5`, `--errors=5`): a bare `--NAME` not
 * followed by a number is written `--NAME=DEFAULT`, so the option is an ordinary `type: "string"` one and a word
 * anywhere else is still refused as stray.
 */
export function withOptionalCount(argv: readonly string[], name: string, fallback: string): string[] {
  return argv.flatMap((a, i) => (a === `--${name}` && !/^\d+$/.test(argv[i + 1] ?? "") ? [`--${name}=${fallback}`] : [a]));
}

/**
 * A script's command line (`config.args`, else the process's): `--help` (or `-h`) prints `usage: COMMAND USAGE` and exits 0
 * (unless the script has a `help` option of its own, with its own fuller text); what `parseArgs` refuses prints
 * the problem and the usage and exits 2.
 */
export function readArgs<T extends CommandLineConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  const { usage: words, check, ...parse } = config;
  const usage = `usage: ${command} ${words ?? optionsUsage(config.options)}`;
  const argv = config.args ?? process.argv.slice(2);
  if ((argv.includes("--help") || argv.includes("-h")) && !("help" in (config.options ?? {}))) {
    console.log(usage);
    process.exit(0);
  }
  let read: ReturnType<typeof parseArgs<T>>;
  try {
    read = parseArgs({ ...parse, args: argv } as T);
  } catch (e) {
    console.error(`${problemOf(e, argv)}\n${usage}`);
    process.exit(2);
  }
  const problem = check?.(read as ParsedCommandLine);
  if (problem) {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  }
  return read;
}
