import { CURP_VALIDATION, INSTITUTIONS } from "../institutions";
import { COPY } from "./copy";
import type { Locale } from "./copy";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;padding:2rem;color:#1a1f36}
main{max-width:28rem;margin:auto;background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 2px 8px #0002}
label,legend{display:block;font-weight:600;margin:.75rem 0 .25rem}fieldset{border:0;padding:0;margin:0}
.option{font-weight:400;display:flex;gap:.5rem;align-items:center}input[type=text],input[type=email]{width:100%;padding:.5rem;box-sizing:border-box;font-size:1rem}
.actions{display:flex;gap:.5rem;margin-top:1rem}button{padding:.6rem 1rem;font-size:1rem;border-radius:6px;border:1px solid #056dae}
button[value=connect]{background:#056dae;color:#fff}[role=alert]{background:#fdecea;color:#8a1c1c;padding:.75rem;border-radius:6px}
small{color:#5c6370}`;

export function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}<p><small>${COPY[locale].sandbox}</small></p></main></body></html>`;
}

export function messagePage(
  locale: Locale,
  testId: string,
  message: string,
  alert: boolean,
): string {
  return page(
    locale,
    COPY[locale].title,
    `<h1>${COPY[locale].title}</h1><p data-testid="${testId}"${alert ? ' role="alert"' : ""}>${escapeHtml(message)}</p>`,
  );
}

export type FormState = {
  locale: Locale;
  accessToken: string;
  accessMode: string;
  externalId: string;
  company: string;
  institution: string;
  curp: string;
  email: string;
  error: string | null;
};

/** Plain HTML form posts: drivable by Playwright and usable without JavaScript. */
export function widgetForm(state: FormState): string {
  const t = COPY[state.locale];
  const hidden = (name: string, value: string): string =>
    `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const options = INSTITUTIONS.map(
    (item) =>
      `<label class="option"><input type="radio" name="institution" value="${item.name}" data-testid="widget-institution-${item.name}"${state.institution === item.name ? " checked" : ""} required> ${escapeHtml(item.display_name)}</label>`,
  ).join("");
  const error = state.error
    ? `<p role="alert" data-testid="widget-error">${escapeHtml(state.error)}</p>`
    : "";
  return page(
    state.locale,
    t.title,
    `<h1>${t.title}</h1><p>${t.intro}</p>${error}
<form method="post" action="/widget/" data-testid="widget-form">
${hidden("access_token", state.accessToken)}${hidden("locale", state.locale)}${hidden("access_mode", state.accessMode)}${hidden("external_id", state.externalId)}
<fieldset><legend>${t.institution}</legend>${options}</fieldset>
<label for="curp">${t.curp}</label><input id="curp" name="username" type="text" autocomplete="off" required maxlength="18" pattern="${CURP_VALIDATION.slice(1, -1)}" placeholder="LOLJ970312MBSPPN08" value="${escapeHtml(state.curp)}" data-testid="widget-curp">
<label for="email">${t.email}</label><input id="email" name="username2" type="email" value="${escapeHtml(state.email)}" data-testid="widget-email">
<label class="option" for="consent"><input id="consent" name="consent" type="checkbox" value="yes" required data-testid="widget-consent"> ${t.consent} ${escapeHtml(state.company)}</label>
<div class="actions"><button type="submit" name="action" value="connect" data-testid="widget-submit">${t.connect}</button>
<button type="submit" name="action" value="cancel" formnovalidate data-testid="widget-cancel">${t.cancel}</button></div>
</form>`,
  );
}
