/**
 * Terminal progress for the CLI (never used by stages). Four renderings:
 *
 *   tty    stderr is an interactive terminal and CI is not set: one line redrawn
 *          in place, a bar with rate and ETA when the total is known, else a
 *          spinner with a counter and the rate;
 *   lines  CI or no terminal (a log file, a pipe): a plain line every N files
 *          or every M seconds, whichever comes first, so logs stay short;
 *   json   `--log json`: one JSON object per event and line (start, file, finish);
 *   quiet  `--quiet`: nothing.
 *
 * The clock is injectable so tests are deterministic.
 */

/** The part of a stream the reporter uses (process.stderr fits). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type ProgressMode = "tty" | "lines" | "json" | "quiet";

export interface ProgressOptions {
  /** Where to draw (default process.stderr). */
  stream?: ProgressStream;
  /** --quiet: print nothing. */
  quiet?: boolean;
  /** --log: "json" gives one JSON object per event line. */
  log?: "text" | "json";
  /** Force a mode instead of deciding from quiet/log/TTY/CI. */
  mode?: ProgressMode;
  /** Environment used to detect CI (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds, monotonic (default performance.now). */
  now?: () => number;
  /** lines mode: log every this many files (default 100). */
  everyFiles?: number;
  /** lines mode: log at least every this many seconds while files arrive (default 10). */
  everySeconds?: number;
  /** tty mode: minimum milliseconds between redraws (default 80). */
  redrawMs?: number;
  /** Prefix of every text line (default "broadsheet"). */
  label?: string;
  /**
   * Also report while no file finishes (one slow document, the corpus passes):
   * tty redraws the spinner/rate every second, lines logs "still working" every
   * M seconds. The timer is unref'd so it never keeps the process alive. Default true.
   */
  heartbeat?: boolean;
}

export interface ProgressReporter {
  readonly mode: ProgressMode;
  /** Begin; `total` is the number of inputs when known (null/undefined: unknown). */
  start(total?: number | null): void;
  /** `done` inputs finished so far (1-based count), the last being `input`. */
  tick(done: number, input: string): void;
  /** End: draw the last state and release the line. `ok` false when the run failed. */
  finish(ok?: boolean): void;
}

/** Which rendering fits: quiet > json > tty (interactive and not CI) > lines. */
export function progressMode(opts: Pick<ProgressOptions, "quiet" | "log" | "stream" | "env">): ProgressMode {
  if (opts.quiet) return "quiet";
  if (opts.log === "json") return "json";
  const env = opts.env ?? process.env;
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  const stream = opts.stream ?? process.stderr;
  return stream.isTTY && !ci && env.TERM !== "dumb" ? "tty" : "lines";
}

export function createProgress(opts: ProgressOptions = {}): ProgressReporter {
  const mode = opts.mode ?? progressMode(opts);
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const label = opts.label ?? "broadsheet";
  const everyFiles = Math.max(1, opts.everyFiles ?? 100);
  const everyMs = Math.max(0, (opts.everySeconds ?? 10) * 1000);
  const redrawMs = opts.redrawMs ?? 80;

  let total: number | null = null;
  let t0 = 0;
  let done = 0;
  let last = "";
  let lastOut = -Infinity; // time of the last line/redraw
  let lastOutDone = 0;
  let frame = 0;
  let drawn = false;
  let started = false;
  let finished = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  const elapsed = () => Math.max(0, (now() - t0) / 1000);
  const rate = () => {
    const s = elapsed();
    return s > 0 ? done / s : 0;
  };

  const ttyDraw = () => {
    const columns = stream.columns && stream.columns > 20 ? stream.columns : 80;
    stream.write(`\r${fit(ttyLine(), columns - 1)}\x1b[K`);
    drawn = true;
  };
  const ttyLine = () => {
    const r = rate();
    if (total !== null && total > 0) {
      const frac = Math.min(1, done / total);
      const eta = r > 0 && done < total ? `ETA ${formatDuration((total - done) / r)}` : done >= total ? "done" : "ETA --";
      return `${label} ${bar(frac, 24)} ${done}/${total} ${Math.floor(frac * 100)}% ${formatRate(r)} ${eta}  ${last}`;
    }
    const spin = SPINNER[frame++ % SPINNER.length];
    return `${label} ${spin} ${done} files ${formatRate(r)}  ${last}`;
  };
  const plainLine = () => {
    const r = rate();
    if (total !== null && total > 0) {
      const eta = r > 0 && done < total ? `, ETA ${formatDuration((total - done) / r)}` : "";
      return `${label}: ${done}/${total} files (${Math.floor(Math.min(1, done / total) * 100)}%), ${formatRate(r)}${eta}`;
    }
    return `${label}: ${done} files, ${formatRate(r)}`;
  };
  const json = (event: Record<string, unknown>) => stream.write(JSON.stringify(event) + "\n");
  /** Timer tick: show that the run is alive even when no file finished lately. */
  const beat = () => {
    if (finished) return;
    const t = now();
    if (mode === "tty" && t - lastOut >= redrawMs) {
      lastOut = t;
      ttyDraw();
    } else if (mode === "lines" && t - lastOut >= everyMs) {
      lastOut = t;
      lastOutDone = done;
      stream.write(`${plainLine()} (working)\n`);
    }
  };

  return {
    mode,
    start(n) {
      if (started) return;
      started = true;
      total = n === undefined || n === null || !Number.isFinite(n) || n < 0 ? null : Math.floor(n);
      t0 = now();
      lastOut = t0;
      if (mode === "json") json({ event: "start", total });
      else if (mode === "lines") stream.write(`${label}: started${total !== null ? `, ${total} inputs` : ""}\n`);
      else if (mode === "tty") ttyDraw();
      if ((opts.heartbeat ?? true) && (mode === "tty" || (mode === "lines" && everyMs > 0))) {
        timer = setInterval(() => beat(), mode === "tty" ? 1000 : everyMs);
        timer.unref?.();
      }
    },
    tick(n, input) {
      if (finished) return;
      if (!started) this.start();
      done = Math.max(done, n);
      last = input;
      const t = now();
      if (mode === "json") {
        json({ event: "file", done, total, input, seconds: round(elapsed(), 3), rate: round(rate(), 2) });
      } else if (mode === "tty") {
        if (t - lastOut >= redrawMs || (total !== null && done >= total)) {
          lastOut = t;
          ttyDraw();
        }
      } else if (mode === "lines") {
        if (done - lastOutDone >= everyFiles || (t - lastOut >= everyMs && done > lastOutDone)) {
          lastOut = t;
          lastOutDone = done;
          stream.write(plainLine() + "\n");
        }
      }
    },
    finish(ok = true) {
      if (finished) return;
      if (!started) this.start();
      finished = true;
      if (timer) clearInterval(timer);
      const s = elapsed();
      const summary = `${label}: ${ok ? "done" : "stopped"}, ${done} files in ${formatDuration(s)} (${formatRate(rate())})`;
      if (mode === "json") json({ event: "finish", ok, done, total, seconds: round(s, 3), rate: round(rate(), 2) });
      else if (mode === "lines") stream.write(summary + "\n");
      else if (mode === "tty") {
        if (drawn) stream.write("\r\x1b[K");
        stream.write(summary + "\n");
      }
    },
  };
}

/** The "/" spinner frames: plain ASCII so every terminal and font shows them. */
const SPINNER = ["|", "/", "-", "\\"];

function bar(frac: number, width: number): string {
  const full = Math.round(frac * width);
  return `[${"#".repeat(full)}${"-".repeat(width - full)}]`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function formatRate(perSecond: number): string {
  const r = perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
  return `${r} files/s`;
}

/** 7 → "7s", 75 → "1m15s", 3725 → "1h02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--";
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** Cut a line to the terminal width so the redraw never wraps (a wrapped line cannot be erased with \r). */
function fit(line: string, width: number): string {
  const chars = [...line.replace(/[\r\n\t]/g, " ")];
  return chars.length <= width ? chars.join("") : chars.slice(0, Math.max(0, width - 1)).join("") + "…";
}
