import { afterEach, describe, expect, it, vi } from "vitest";
import { createProgress, formatDuration, progressMode, type ProgressOptions } from "../cli/progress.ts";

/** A fake stderr and a fake clock advanced by hand. */
function harness(opts: Omit<ProgressOptions, "stream" | "now"> & { isTTY?: boolean; columns?: number } = {}) {
  const chunks: string[] = [];
  let t = 1000;
  const stream = { isTTY: opts.isTTY ?? false, columns: opts.columns, write: (s: string) => chunks.push(s) };
  const p = createProgress({ env: {}, heartbeat: false, ...opts, stream, now: () => t });
  return { p, chunks, advance: (ms: number) => (t += ms), text: () => chunks.join("") };
}

describe("progressMode", () => {
  const tty = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };
  it("picks quiet > json > tty > lines", () => {
    expect(progressMode({ quiet: true, log: "json", stream: tty, env: {} })).toBe("quiet");
    expect(progressMode({ log: "json", stream: tty, env: {} })).toBe("json");
    expect(progressMode({ stream: tty, env: {} })).toBe("tty");
    expect(progressMode({ stream: pipe, env: {} })).toBe("lines");
  });
  it("uses plain lines under CI even on a terminal", () => {
    expect(progressMode({ stream: tty, env: { CI: "true" } })).toBe("lines");
    expect(progressMode({ stream: tty, env: { CI: "false" } })).toBe("tty");
  });
});

describe("tty rendering", () => {
  it("draws a bar with rate and ETA, redrawing in place, and ends the line on finish", () => {
    const h = harness({ isTTY: true, columns: 120 });
    expect(h.p.mode).toBe("tty");
    h.p.start(10);
    h.advance(1000);
    h.p.tick(2, "a/one.html");
    const line = h.chunks.at(-1)!;
    expect(line.startsWith("\r")).toBe(true);
    expect(line.endsWith("\x1b[K")).toBe(true);
    expect(line).toContain("2/10 20%");
    expect(line).toContain("2.00 files/s");
    expect(line).toContain("ETA 4.0s");
    expect(line).toContain("a/one.html");
    expect(line).toMatch(/\[#{5}-{19}\]/);
    h.p.finish();
    expect(h.text().endsWith("\n")).toBe(true);
    expect(h.chunks.at(-1)).toMatch(/^broadsheet: done, 2 files in 1\.0s/);
    expect(h.text().split("\n")).toHaveLength(2); // one redrawn line + the summary line
  });

  it("throttles redraws but always draws the last file", () => {
    const h = harness({ isTTY: true, redrawMs: 100 });
    h.p.start(3);
    const before = h.chunks.length;
    h.advance(10);
    h.p.tick(1, "x");
    h.advance(10);
    h.p.tick(2, "y");
    expect(h.chunks.length).toBe(before);
    h.advance(10);
    h.p.tick(3, "z");
    expect(h.chunks.length).toBe(before + 1);
    expect(h.chunks.at(-1)).toContain("3/3 100%");
  });

  it("shows a counter with rate when the total is unknown, and never wraps", () => {
    const h = harness({ isTTY: true, columns: 40, redrawMs: 0 });
    h.p.start();
    h.advance(500);
    h.p.tick(5, "a-very-long/path/that/would/wrap/the/terminal/line.txt");
    const line = h.chunks.at(-1)!;
    expect(line).toMatch(/5 files 10\.0 files\/s/);
    const visible = line.replace("\r", "").replace("\x1b[K", "");
    expect([...visible].length).toBeLessThanOrEqual(39);
  });
});

describe("lines rendering (CI / no terminal)", () => {
  it("logs every N files", () => {
    const h = harness({ everyFiles: 2, everySeconds: 3600 });
    h.p.start(5);
    for (let i = 1; i <= 5; i++) {
      h.advance(100);
      h.p.tick(i, `f${i}`);
    }
    h.p.finish();
    const lines = h.text().trimEnd().split("\n");
    expect(lines[0]).toBe("broadsheet: started, 5 inputs");
    expect(lines.slice(1, 3)).toEqual(["broadsheet: 2/5 files (40%), 10.0 files/s, ETA 0.3s", "broadsheet: 4/5 files (80%), 10.0 files/s, ETA 0.1s"]);
    expect(lines[3]).toBe("broadsheet: done, 5 files in 0.5s (10.0 files/s)");
    expect(h.text()).not.toContain("\r");
    expect(h.text()).not.toContain("\x1b");
  });

  it("logs every M seconds when files are slow", () => {
    const h = harness({ everyFiles: 1000, everySeconds: 10 });
    h.p.start();
    h.advance(4000);
    h.p.tick(1, "a");
    h.advance(7000);
    h.p.tick(2, "b");
    expect(h.text()).toContain("broadsheet: 2 files, 0.18 files/s\n");
    expect(h.text()).not.toContain("broadsheet: 1 files");
  });
});

describe("json and quiet", () => {
  it("writes one JSON object per event line", () => {
    const h = harness({ log: "json", isTTY: true });
    h.p.start(2);
    h.advance(1000);
    h.p.tick(1, 'odd "name"\n.txt');
    h.p.finish(false);
    const events = h.text().trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(events.map((e) => e.event)).toEqual(["start", "file", "finish"]);
    expect(events[1]).toEqual({ event: "file", done: 1, total: 2, input: 'odd "name"\n.txt', seconds: 1, rate: 1 });
    expect(events[2]).toMatchObject({ event: "finish", ok: false, done: 1 });
  });

  it("prints nothing when quiet", () => {
    const h = harness({ quiet: true, isTTY: true });
    h.p.start(3);
    h.p.tick(1, "a");
    h.p.finish();
    expect(h.chunks).toEqual([]);
  });

  it("starts implicitly on the first tick and finishes once", () => {
    const h = harness({ everyFiles: 1 });
    h.p.tick(1, "a");
    h.p.finish();
    h.p.finish();
    expect(h.text().match(/done/g)).toHaveLength(1);
  });
});

describe("formatDuration", () => {
  it.each([
    [7, "7.0s"],
    [42, "42s"],
    [75, "1m15s"],
    [3725, "1h02m"],
    [Infinity, "--"],
  ])("formats %s seconds as %s", (seconds, want) => {
    expect(formatDuration(seconds)).toBe(want);
  });
});

describe("heartbeat", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("logs while no file finishes (lines), and stops at finish", () => {
    vi.useFakeTimers();
    const h = harness({ heartbeat: true, everyFiles: 100, everySeconds: 10 });
    h.p.start(4);
    h.p.tick(1, "a");
    h.advance(10_000);
    vi.advanceTimersByTime(10_000);
    expect(h.text()).toContain("broadsheet: 1/4 files (25%), 0.10 files/s, ETA 30s (working)\n");
    h.p.finish();
    const n = h.chunks.length;
    h.advance(30_000);
    vi.advanceTimersByTime(30_000);
    expect(h.chunks.length).toBe(n);
  });

  it("keeps the spinner turning on a terminal", () => {
    vi.useFakeTimers();
    const h = harness({ heartbeat: true, isTTY: true });
    h.p.start();
    const n = h.chunks.length;
    h.advance(1000);
    vi.advanceTimersByTime(1000);
    expect(h.chunks.length).toBe(n + 1);
    expect(h.chunks.at(-1)).toMatch(/^\rbroadsheet [|/\\-] 0 files/);
    h.p.finish();
  });
});
