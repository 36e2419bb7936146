/**
 * Run one measured child process: `node [--cpu-prof] [--import tsx] bench/child.mjs SCRIPT args…`
 * (tsx only for a TypeScript SCRIPT).
 * Returns its wall time (as seen from here, node start-up included), its peak
 * RSS and CPU time (from the child's own process.resourceUsage(), see
 * bench/child.mjs) and the last JSON line it printed on stdout (its report).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface ChildMeasure {
  code: number | null;
  wallSeconds: number;
  maxRssBytes: number;
  cpuSeconds: number;
  /** Last line of stdout that parses as a JSON object. */
  report: Record<string, unknown> | null;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  /** Write V8 CPU profiles (one per thread) into this folder. */
  cpuProfDir?: string;
}

const CHILD = resolve(import.meta.dirname, "child.mjs");

export async function measureChild(script: string, args: string[], opts: ChildOptions): Promise<ChildMeasure> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-rusage-"));
  const rusageFile = join(scratch, "rusage.json");
  const nodeArgs = [
    ...(opts.cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", opts.cpuProfDir] : []),
    ...(script.endsWith(".ts") ? ["--import", "tsx"] : []),
    CHILD,
    script,
    ...args,
  ];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: opts.cwd,
    env: { ...process.env, BENCH_RUSAGE_FILE: rusageFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    // Keep the tail only: a failing child can be chatty.
    stderr = (stderr + d).slice(-8000);
  });
  const code = await new Promise<number | null>((res, rej) => {
    child.on("error", rej);
    child.on("close", (c) => res(c));
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  let usage = { maxRssBytes: 0, userSeconds: 0, systemSeconds: 0 };
  try {
    usage = JSON.parse(readFileSync(rusageFile, "utf8"));
  } catch {
    // The child died before its exit hook ran: leave zeros, the caller sees the exit code.
  }
  rmSync(scratch, { recursive: true, force: true });
  return {
    code,
    wallSeconds,
    maxRssBytes: usage.maxRssBytes,
    cpuSeconds: usage.userSeconds + usage.systemSeconds,
    report: lastJsonLine(stdout),
    stderr,
  };
}

export function lastJsonLine(text: string): Record<string, unknown> | null {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("{"));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      return JSON.parse(lines[i]) as Record<string, unknown>;
    } catch {
      // not JSON: try the line before
    }
  }
  return null;
}
