/**
 * The command line of the eval and bench scripts, read one way everywhere: node's `parseArgs` (strict), with
 * `--help` printing the usage and exiting 0, and anything it does not understand (an option the script does not
 * take, an option given without its word, a stray word where none is taken) printing what was wrong and the usage
 * and exiting 2 before any work — never a stack trace, and never the default view run instead of the one asked for
 * (a mistyped `--halfs` once ran minutes of training without the view asked for).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** The `parseArgs` config, plus the usage after the command (made from the options when absent). */
export type CommandLineConfig = ParseArgsConfig & { usage?: string };

/** Options every eval takes: `--json` prints the figures the floors check (eval/lib/floors.ts). */
export const EVAL_OPTIONS = { json: { type: "boolean" } } as const;

/** The usage made from a config's options: `[--name]` for a switch, `[--name VALUE]` for an option that takes a word. */
function optionsUsage(options: ParseArgsConfig["options"]): string {
  return Object.entries(options ?? {})
    .map(([name, o]) => `[--${name}${o.type === "string" ? " VALUE" : ""}]`)
    .join(" ");
}

/** What `parseArgs` refused, said the way a user reads it: the option named, without node's error wording. */
function problemOf(e: unknown): string {
  const { code, message } = e as { code?: string; message: string };
  const named = /'(-[^', ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named) return `unknown option ${named}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && named && /argument (missing|is ambiguous)/.test(message)) return `option ${named} needs a value`;
  return message;
}

/**
 * A script's command line (`config.args`, else the process's): `--help` prints `usage: COMMAND USAGE` and exits 0
 * (unless the script has a `help` option of its own, with its own fuller text); what `parseArgs` refuses prints
 * the problem and the usage and exits 2.
 */
export function readArgs<T extends CommandLineConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  const { usage: words, ...parse } = config;
  const usage = `usage: ${command} ${words ?? optionsUsage(config.options)}`;
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes("--help") && !("help" in (config.options ?? {}))) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(parse as T);
  } catch (e) {
    console.error(`${problemOf(e)}\n${usage}`);
    process.exit(2);
  }
}
