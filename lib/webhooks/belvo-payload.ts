import { z } from "zod";
import { safeText } from "@/lib/http/text";

// Belvo's webhook body (api-reference §7.2). Ids are bounded so a hostile sender cannot make us
// store megabytes; `data` depends on type and code and is kept as an object for the handler. Text
// is refused with a NUL or a lone surrogate (the route checks `data` the same way).
const id = safeText({ max: 128 }).min(1);

export const belvoWebhookSchema = z.object({
  webhook_id: id,
  webhook_type: safeText({ max: 64 }).min(1),
  webhook_code: safeText({ max: 64 }).min(1),
  process_type: safeText({ max: 64, trim: false }).nullish(),
  link_id: id,
  request_id: id.nullish(),
  external_id: safeText({ max: 256, trim: false }).nullish(),
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
