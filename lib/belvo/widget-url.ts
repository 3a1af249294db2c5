import { env } from "@/lib/env";
import { BELVO_BASE_URLS } from "./from-env";

const HOSTED_WIDGET = "https://widget.belvo.io/";

export type WidgetUrlOptions = {
  accessToken: string;
  locale?: "es" | "en";
  accessMode: "single" | "recurrent";
  externalId?: string;
  institutions?: readonly string[];
};

/** Belvo's hosted widget, or the emulator's copy of it when Cotiza runs against the emulator. */
export function widgetUrl(options: WidgetUrlOptions, values = env()): string {
  const base =
    values.BELVO_ENV === "emulator"
      ? `${values.BELVO_BASE_URL ?? BELVO_BASE_URLS.emulator}/widget/`
      : HOSTED_WIDGET;
  const url = new URL(base);
  url.searchParams.set("access_token", options.accessToken);
  url.searchParams.set("locale", options.locale ?? "es");
  url.searchParams.set("access_mode", options.accessMode);
  url.searchParams.set("country_codes", "MX");
  url.searchParams.set("institution_types", "employment");
  if (options.externalId) url.searchParams.set("external_id", options.externalId);
  if (options.institutions?.length)
    url.searchParams.set("institutions", options.institutions.join(","));
  return url.toString();
}
