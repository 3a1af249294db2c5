import { RESUMMARIZE_JOB, resummarizeHandler } from "@/lib/connect/resummarize";
import { PRIVACY_RETENTION_JOB, privacyRetentionHandler } from "@/lib/privacy/retention";
import { BELVO_WEBHOOK_JOB } from "@/lib/webhooks/job-kinds";
import { RETENTION_JOB, retentionHandler } from "@/lib/webhooks/retention";
import {
  belvoWebhookHandler,
  type BelvoWebhookHandlerOptions,
} from "@/lib/webhooks/process-belvo-webhook";
import type { JobHandlers } from "../jobs/types";

/** Every job kind the app runs, and what runs it. */
export function appJobHandlers(options: BelvoWebhookHandlerOptions = {}): JobHandlers {
  return {
    [BELVO_WEBHOOK_JOB]: belvoWebhookHandler(options),
    [RESUMMARIZE_JOB]: resummarizeHandler,
    [RETENTION_JOB]: retentionHandler,
    [PRIVACY_RETENTION_JOB]: privacyRetentionHandler,
  };
}
