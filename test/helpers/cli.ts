/** Run the real command line (`npm run pipeline`'s launcher) in a child process, as a user would. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const LAUNCH = join(ROOT, "pipeline", "launch.mjs");

export interface CliRun {
  /** null when the process had to be killed at the timeout (it hung). */
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; launcher?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [opts.launcher ?? LAUNCH, "--quiet", ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    timeout: opts.timeoutMs ?? 240_000,
    killSignal: "SIGKILL",
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Invented news stories, distinct enough that no template pass removes their text. */
export function story(i: number): string {
  return [
    `Ferry service number ${i} resumes after repairs`,
    "",
    `The ferry line ${i} reopened on Tuesday after engineers replaced a damaged ramp, the harbour office said in a statement.`,
    "",
    `Passengers on route ${i} had waited three weeks for the crossing, and traders said the closure had cost them dearly.`,
    "",
  ].join("\n");
}

/** A temporary base folder with `in/` holding `n` stories (and more files when given). */
export function corpus(n: number, extra: Record<string, string | Uint8Array> = {}): { base: string; inDir: string } {
  const base = mkdtempSync(join(tmpdir(), "bs-21a-"));
  const inDir = join(base, "in");
  mkdirSync(inDir);
  for (let i = 0; i < n; i++) writeFileSync(join(inDir, `story-${String(i).padStart(3, "0")}.txt`), story(i));
  for (const [rel, data] of Object.entries(extra)) {
    mkdirSync(dirname(join(inDir, rel)), { recursive: true });
    writeFileSync(join(inDir, rel), data);
  }
  return { base, inDir };
}
