#!/usr/bin/env node
/**
 * `npm run pipeline`: runs the command line (cli/main.ts) from its
 * precompiled bundle (runtime/bundle.mjs), built on first use for each
 * version of the code, so the main thread carries no TypeScript compiler.
 * Without a bundle (esbuild missing, read-only node_modules) it registers tsx
 * and runs the TypeScript sources instead: slower to start, same outputs.
 */
import { bundled } from "../runtime/bundle.mjs";

const url = await bundled("cli");
/** @type {{ main: (argv: string[]) => Promise<number> }} */
let cli;
if (url) {
  cli = await import(url.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../cli/main.ts");
}
const code = await cli.main(process.argv.slice(2));
// The run is over, whatever is still scheduled (a worker being replaced, a timer of a failed run):
// end the process once stdout has taken the summary, so no failure path can leave it hanging.
process.stdout.write("", () => process.exit(code));
