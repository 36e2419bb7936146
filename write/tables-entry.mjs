// Without the precompiled bundle (runtime/bundle.mjs): register tsx in this thread, then load the TypeScript thread body.
import { register } from "tsx/esm/api";

register();
await import("./tables-thread.ts");
