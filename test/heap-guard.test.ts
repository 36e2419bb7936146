/** The main thread's heap guard: asks for a collection when the heap has grown past its limit, not before. */
import { describe, expect, it } from "vitest";
import { HeapGuard } from "../runtime/heap.ts";

describe("HeapGuard", () => {
  it("collects once the heap grows by half its live size (and 24 MiB), checking every `every` ticks", () => {
    const MB = 1 << 20;
    let used = 100 * MB;
    const collected: number[] = [];
    const guard = new HeapGuard({ every: 4, heapUsed: () => used, gc: () => { collected.push(used); used = 80 * MB; } });
    // Limit: max(1.5 × 100, 100 + 24) = 150 MB.
    used = 149 * MB;
    for (let i = 0; i < 8; i++) guard.tick();
    expect(collected).toEqual([]);
    used = 151 * MB;
    for (let i = 0; i < 3; i++) guard.tick(); // not yet a fourth tick
    expect(collected).toEqual([]);
    guard.tick();
    expect(collected).toEqual([151 * MB]);
    // New limit from the 80 MB left alive: max(120, 104) = 120 MB.
    used = 119 * MB;
    for (let i = 0; i < 4; i++) guard.tick();
    expect(guard.collections).toBe(1);
    used = 121 * MB;
    for (let i = 0; i < 4; i++) guard.tick();
    expect(guard.collections).toBe(2);
  });

  it("does nothing without a collector", () => {
    const guard = new HeapGuard({ every: 1, heapUsed: () => Number.MAX_SAFE_INTEGER, gc: null });
    guard.tick();
    expect(guard.collections).toBe(0);
  });

  it("finds V8's collector at run time", () => {
    const guard = new HeapGuard({ every: 1, growth: 0, slack: 0 });
    guard.tick();
    expect(guard.collections).toBe(1);
  });
});
