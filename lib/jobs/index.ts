export { backoffDelayMs, type BackoffOptions } from "./backoff";
export {
  claimBatch,
  claimNext,
  failAbandoned,
  DEFAULT_VISIBILITY_TIMEOUT_MS,
  type ClaimOptions,
} from "./claim";
export { enqueue, type EnqueueInput, type JobWriter } from "./enqueue";
export { retryFailed, type RetryResult } from "./retry-failed";
export { complete, fail, heartbeat } from "./settle";
export type { ClaimedJob, JobContext, JobHandler, JobHandlers } from "./types";
export { wakeWorkers } from "./wake";
export { startWorker, type Worker, type WorkerOptions } from "./worker";
