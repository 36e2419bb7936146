/**
 * A fake task runner for the job's tries of one file (pipeline/job.ts documentExecutor): no worker, no clock. Try k
 * processes the file in this thread and is stopped at the document `ats[k]`, as the document starts, with every
 * checkpoint a worker could send up to then (`checkpointed`) or only the urgent ones (a slow machine: reports go out at
 * most one per 250 ms). A document announced twice (a long JSON Lines line, before and after it is parsed) is stopped
 * at its first announcement.
 */
import { configOf } from "../../schemas/config.ts";
import { documentExecutor, type JobContext, type WorkRequest } from "../../pipeline/job.ts";
import { processFile, type Checkpoint, type FileResult } from "../../pipeline/document.ts";
import { stageView } from "../../pipeline/steps.ts";
import { UnitCell, type TaskRunner } from "../../runtime/pool.ts";
import { jsonText, type ProcessedFile } from "../../pipeline/digest.ts";

export async function resultWithStops(input: string, file: Uint8Array, ats: readonly number[], checkpointed: boolean): Promise<FileResult> {
  const ctx = stageView(configOf({}), undefined);
  let tries = 0;
  const runner: TaskRunner<JobContext, WorkRequest, ProcessedFile> = {
    run: async (req) => {
      const at = ats[tries++];
      const saved: Checkpoint[] = [];
      const cell = new UnitCell();
      let stopped = false;
      processFile(input, file, ctx, {
        resume: req.resume,
        skip: req.skip,
        skipIds: req.skipIds,
        skipWhere: req.skipWhere,
        onDocument: (unit, units, save, named, urgent) => {
          if (stopped) return;
          // an urgent checkpoint (the load stage's rows) goes out whatever the throttle (runtime/worker-host.ts)
          const c = (checkpointed || urgent) && unit !== undefined && unit <= at ? save?.() : undefined;
          if (c) saved.push(c);
          if (unit === at) {
            cell.enter(unit, units, named); // what a worker writes into its cell as the document starts
            stopped = true;
          }
        },
      });
      return { kind: "timeout", at: cell.read(), ms: 10, saved };
    },
    setContext: () => {},
    close: async () => {},
  };
  const processed = await documentExecutor({ config: configOf({}) }, runner, 1_000).run({ input, bytes: file });
  return JSON.parse(jsonText(processed.json)) as FileResult;
}
