/**
 * Thread body of the CSV table writer: receives batches of finished,
 * validated articles as JSON text (the very lines of articles.jsonl) and
 * writes the per-article CSV tables. Each batch is acknowledged, so the main
 * thread can bound how many are in flight.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../schemas/records.ts";
import { ArticleTables } from "./article-tables.ts";
import type { TablesMessage, TablesReply } from "./tables-writer.ts";

const { tablesDir, formulaGuard, parquet } = workerData as { tablesDir: string; formulaGuard: boolean; parquet: boolean };
const tables = new ArticleTables(tablesDir, { formulaGuard, parquet });
let failed = false;

parentPort!.on("message", (msg: TablesMessage) => {
  let reply: TablesReply;
  try {
    if (msg.kind === "articles") {
      if (!failed) for (const line of msg.lines) tables.write(JSON.parse(line) as Article);
      reply = { kind: "ack" };
    } else {
      tables.close();
      reply = { kind: "closed" };
    }
  } catch (err) {
    failed = true;
    reply = { kind: msg.kind === "close" ? "closed" : "ack", error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
