/**
 * Worker thread body: the document job (./job.ts handlerFor), served by the
 * runtime's generic worker host: the per-document stages, or the template
 * observation, for one file at a time.
 */
import { serveTasks } from "../runtime/worker-host.ts";
import { handlerFor } from "./job.ts";

serveTasks(handlerFor);
