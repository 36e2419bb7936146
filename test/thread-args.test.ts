import { describe, expect, it } from "vitest";
import { threadExecArgv } from "../pipeline/thread-args.ts";

describe("worker thread flags", () => {
  it("drop the TypeScript loader in every form node and tsx pass it, and keep the rest", () => {
    expect(threadExecArgv(["--import", "tsx", "--cpu-prof"])).toEqual(["--cpu-prof"]);
    expect(threadExecArgv(["--import=tsx", "--max-semi-space-size=4"])).toEqual(["--max-semi-space-size=4"]);
    expect(
      threadExecArgv(["--require", "/w/node_modules/tsx/dist/preflight.cjs", "--import", "file:///w/node_modules/tsx/dist/loader.mjs"]),
    ).toEqual([]);
    expect(threadExecArgv(["--import", "./my-hook.mjs", "--require", "dotenv/config"])).toEqual(["--import", "./my-hook.mjs", "--require", "dotenv/config"]);
  });
});
