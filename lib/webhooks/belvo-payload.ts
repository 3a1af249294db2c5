import { z } from "zod";

// Belvo's webhook body (api-reference §7.2). Ids are bounded so a hostile sender cannot make us
// store megabytes; `data` depends on type and code and is kept as an object for the handler.
const id = z.string().trim().min(1).max(128);

export const belvoWebhookSchema = z.object({
  webhook_id: id,
  webhook_type: z.string().trim().min(1).max(64),
  webhook_code: z.string().trim().min(1).max(64),
  process_type: z.string().max(64).nullish(),
  link_id: id,
  request_id: id.nullish(),
  external_id: z.string().max(256).nullish(),
  data: z.record(z.string(), z.unknown()),
});

export type BelvoWebhook = z.infer<typeof belvoWebhookSchema>;

/** Which fields are wrong and why, without echoing their values (ids only, but still). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}
