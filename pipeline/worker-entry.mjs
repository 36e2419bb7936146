// Worker threads do not inherit tsx from the parent's loader hooks: register it, then load the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
