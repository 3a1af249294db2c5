import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { AppError, errorBody } from "@/lib/errors";
import { jsonDepthExceeds, MAX_JSON_DEPTH, unsafeTextPath } from "@/lib/http/server/json-guard";
import { readBodyText } from "@/lib/http/server/read-body";
import { errorResponse } from "@/lib/http/server/route";
import { UNSAFE_TEXT_KEY } from "@/lib/http/text";
import { beginForeground } from "@/lib/jobs/foreground";
import { wakeWorkers } from "@/lib/jobs/wake";
import { authorizationMatches } from "@/lib/webhooks/authorization";
import { belvoWebhookSchema, describeIssues } from "@/lib/webhooks/belvo-payload";
import { recordBelvoWebhook } from "@/lib/webhooks/record-webhook";

export const dynamic = "force-dynamic";

// Belvo's bodies are a few hundred bytes; anything far larger is not Belvo.
const MAX_BODY_BYTES = 64 * 1024;

// Nobody caches an acknowledgement, and a body this small costs more to gzip than to send.
const ANSWER_HEADERS = { "cache-control": "no-store, no-transform" };

const fail = (error: AppError) => NextResponse.json(errorBody(error), { status: error.status });

/**
 * Public (API routes authorize themselves; this one has no session to check): Belvo authenticates with the Authorization value
 * registered in its dashboard. Stores the delivery once per webhook_id, queues its processing and
 * answers at once; Belvo wants a 200 within 5 s and retries anything else. While it runs, the
 * job worker waits before claiming more (lib/jobs/foreground.ts): acknowledgements come first.
 */
export async function POST(request: Request): Promise<Response> {
  const foregroundDone = beginForeground();
  try {
    const expected = env().BELVO_WEBHOOK_AUTHORIZATION;
    if (!expected) {
      console.error("cotiza: BELVO_WEBHOOK_AUTHORIZATION is not set; refusing Belvo webhooks");
      return fail(new AppError("unavailable", "errors.webhook.notConfigured"));
    }
    if (!authorizationMatches(request.headers.get("authorization"), expected)) {
      return fail(new AppError("unauthorized", "errors.webhook.badAuthorization"));
    }
    // A body that can never be stored is refused with a 4xx, like any other body that is not a
    // Belvo webhook: too large (413), nested too deep (checked on the text, before parsing), not
    // JSON, or holding NUL or lone surrogates, which PostgreSQL refuses (400).
    const text = await readBodyText(request, {
      maxBytes: MAX_BODY_BYTES,
      tooLarge: "errors.webhook.tooLarge",
    });
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
      return fail(
        new AppError("bad_request", "errors.webhook.tooDeep", { levels: MAX_JSON_DEPTH }),
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(new AppError("bad_request", "errors.webhook.notJson"));
    }
    const unsafe = unsafeTextPath(body);
    if (unsafe !== null)
      return fail(
        new AppError("bad_request", "errors.webhook.controlCharacters", undefined, {
          fields: { [unsafe]: UNSAFE_TEXT_KEY },
        }),
      );
    const parsed = belvoWebhookSchema.safeParse(body);
    if (!parsed.success) {
      return fail(
        new AppError("bad_request", "errors.webhook.notBelvo", {
          issues: describeIssues(parsed.error),
        }),
      );
    }
    const outcome = await recordBelvoWebhook(parsed.data);
    if (outcome.status === "accepted") wakeWorkers();
    return NextResponse.json({ status: outcome.status }, { headers: ANSWER_HEADERS });
  } catch (error) {
    return errorResponse(error);
  } finally {
    foregroundDone();
  }
}
