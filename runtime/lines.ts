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
    // The pieces of a line that spans chunks, joined once when its end is found: joining them chunk by chunk
    // copied a line of n MiB n times (a 300 MB partial line: 45 GB of copying).
    let parts: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const buf = chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        let line = buf.subarray(start, nl);
        if (parts.length) {
          line = Buffer.concat([...parts, line]);
          parts = [];
        }
        const end = line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length;
        yield line.toString("utf8", 0, end);
        start = nl + 1;
      }
      if (start < buf.length) parts.push(buf.subarray(start));
    }
    if (parts.length) yield Buffer.concat(parts).toString("utf8");
  } finally {
    await file.close();
  }
}
