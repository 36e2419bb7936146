/**
 * Lines of a file written by this program (partials: one JSON document per
 * line, LF-terminated, UTF-8). Reads 1 MiB at a time and splits on the LF
 * byte, which never occurs inside a UTF-8 multi-byte sequence, so each line is
 * decoded once, whole. readline does the same job several times slower (a
 * regular expression for every line ending and a streaming decoder).
 */
import { open } from "node:fs/promises";

const CHUNK = 1 << 20;

export async function* readLines(path: string): AsyncGenerator<string> {
  const file = await open(path, "r");
  try {
    let rest: Buffer | null = null;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      let buf = chunk.subarray(0, bytesRead);
      if (rest) buf = Buffer.concat([rest, buf]);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
        yield buf.toString("utf8", start, end);
        start = nl + 1;
      }
      rest = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
    }
    if (rest && rest.length > 0) yield rest.toString("utf8");
  } finally {
    await file.close();
  }
}
