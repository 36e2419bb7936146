/**
 * Worker thread body: the document job (./job.ts handlerFor), served by the
 * runtime's generic worker host: the per-document stages, or the template
 * observation, for one file at a time.
 */
import { workerData } from "node:worker_threads";
import { serveTasks } from "../runtime/worker-host.ts";
import { handlerFor, warmUp, type JobContext } from "./job.ts";

// Before the first task is read (its budget starts when it is: runtime/worker-host.ts), the stages' lazy set-up.
warmUp(workerData as JobContext);
serveTasks(handlerFor);
