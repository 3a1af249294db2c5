import type { Emulator } from "../emulator";
import { redirect, sendHtml } from "../http/context";
import type { RequestContext } from "../http/context";
import { BelvoHttpError } from "../http/errors";
import { CURP_PATTERN } from "../data/identifiers";
import { parseLinkInput } from "../services/link-input";
import { createLink } from "../services/links";
import type { TokenSession } from "../state";
import { COPY } from "./copy";
import { messagePage, widgetForm } from "./html";
import type { FormState } from "./html";

function withQuery(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}

export function submitWidget(
  emu: Emulator,
  ctx: RequestContext,
  session: TokenSession,
  state: FormState,
  consent: boolean,
): void {
  const t = COPY[state.locale];
  const rerender = (error: string): void => sendHtml(ctx, 400, widgetForm({ ...state, error }));
  if (!state.institution) return rerender(t.institutionRequired);
  // The institution's own validation message (its form field's `validation_message`): Belvo shows
  // it as the institution wrote it, in Spanish, whatever the widget's language.
  if (!CURP_PATTERN.test(state.curp))
    return rerender("La CURP tiene que ser de 18 caracteres y mayúsculas");
  if (!consent) return rerender(t.consentRequired);
  try {
    if (session.linkId) return updateLink(emu, ctx, session, state);
    const input = parseLinkInput({
      institution: state.institution,
      username: state.curp,
      username2: state.email || undefined,
      access_mode: state.accessMode,
      external_id: state.externalId || undefined,
      // The widget stores credentials whenever the link is recurrent, whatever the token asked.
      credentials_storage:
        state.accessMode === "recurrent" ? "store" : (session.credentialsStorage ?? undefined),
      stale_in: session.staleIn ?? undefined,
      fetch_resources: session.fetchResources,
    });
    const link = createLink(emu, input);
    finish(emu, ctx, session, state, link.body, 201);
  } catch (error) {
    if (!(error instanceof BelvoHttpError)) throw error;
    const first = error.items[0] ?? { code: "unexpected_error", message: "Error" };
    const event = session.callbackUrls?.event;
    if (event)
      return redirect(ctx, withQuery(event, { error: first.code, error_message: first.message }));
    rerender(first.message);
  }
}

/**
 * Update mode (token with `link_id`): the applicant re-enters the CURP of an invalid link, which
 * becomes valid again, as after PUT /api/links/{id}/.
 */
function updateLink(
  emu: Emulator,
  ctx: RequestContext,
  session: TokenSession,
  state: FormState,
): void {
  const link = emu.state.links[session.linkId ?? ""];
  if (!link) throw new BelvoHttpError(404, [{ code: "not_found", message: "Not found" }]);
  if (link.curp !== state.curp || link.body.institution !== state.institution) {
    throw new BelvoHttpError(400, [
      { code: "invalid_credentials", message: "La CURP no corresponde a esta conexión" },
    ]);
  }
  link.body.status = "valid";
  link.credentialsRenewedAt = emu.nowIso();
  finish(emu, ctx, session, state, link.body, 200);
}

/**
 * Spends the token, persists, then redirects to the success callback with the link, or (without
 * one) answers `status` with the success page.
 */
function finish(
  emu: Emulator,
  ctx: RequestContext,
  session: TokenSession,
  state: FormState,
  link: { id: string; institution: string },
  status: number,
): void {
  session.used = true;
  emu.save();
  const success = session.callbackUrls?.success;
  if (success)
    return redirect(ctx, withQuery(success, { link: link.id, institution: link.institution }));
  sendHtml(
    ctx,
    status,
    messagePage(
      state.locale,
      "widget-success",
      `${COPY[state.locale].success} (${link.id})`,
      false,
    ),
  );
}
