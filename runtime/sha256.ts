/** SHA-256 of bytes or a string, as lower-case hex: input hashes, cache entry checksums, output hashes. */
import { createHash } from "node:crypto";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
