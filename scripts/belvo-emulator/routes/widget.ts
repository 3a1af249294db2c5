import type { Emulator } from "../emulator";
import { formBody, redirect, sendHtml } from "../http/context";
import type { RequestContext } from "../http/context";
import type { Route } from "../http/router";
import { checkAccessToken } from "../services/tokens";
import type { TokenSession } from "../state";
import { COPY, localeOf } from "../widget/copy";
import type { Locale } from "../widget/copy";
import { messagePage, widgetForm } from "../widget/html";
import type { FormState } from "../widget/html";
import { submitWidget } from "../widget/submit";

function tokenProblem(
  emu: Emulator,
  ctx: RequestContext,
  token: string | null,
  locale: Locale,
): TokenSession | null {
  const check = checkAccessToken(emu, token);
  if (check.ok) return check.session;
  const message = check.reason === "used" ? COPY[locale].tokenUsed : COPY[locale].tokenInvalid;
  sendHtml(ctx, 401, messagePage(locale, "widget-token-error", message, true));
  return null;
}

function initialState(session: TokenSession, values: URLSearchParams, token: string): FormState {
  return {
    locale: localeOf(values.get("locale")),
    accessToken: token,
    accessMode: values.get("access_mode") === "single" ? "single" : "recurrent",
    externalId: values.get("external_id") || session.externalId || "",
    company: session.companyName ?? "Cotiza",
    institution: values.get("institution") ?? "",
    curp: values.get("username") ?? "",
    email: values.get("username2") ?? "",
    error: null,
  };
}

export const widgetRoutes: Route[] = [
  {
    method: "GET",
    path: "/widget/",
    auth: "none",
    handler: (emu, ctx) => {
      const token = ctx.query.get("access_token");
      const session = tokenProblem(emu, ctx, token, localeOf(ctx.query.get("locale")));
      if (session && token) sendHtml(ctx, 200, widgetForm(initialState(session, ctx.query, token)));
    },
  },
  {
    method: "POST",
    path: "/widget/",
    auth: "none",
    handler: (emu, ctx) => {
      const form = formBody(ctx);
      const token = form.get("access_token");
      const locale = localeOf(form.get("locale"));
      const session = tokenProblem(emu, ctx, token, locale);
      if (!session || !token) return;
      const state = initialState(session, form, token);
      if (form.get("action") === "cancel") {
        const exit = session.callbackUrls?.exit;
        if (exit) return redirect(ctx, exit);
        return sendHtml(
          ctx,
          200,
          messagePage(locale, "widget-cancelled", COPY[locale].cancelled, false),
        );
      }
      submitWidget(emu, ctx, session, state, form.get("consent") === "yes");
    },
  },
];
