import type { FetchResource, WidgetToken } from "../types";
import type { CallOptions, ResourceContext } from "./shared";
import { widgetTokenSchema } from "../schemas/widget-token";
import { parseBelvo } from "../validate";
import { signalOf } from "./shared";

export interface WidgetBranding {
  companyIcon?: string;
  companyLogo?: string;
  companyName?: string;
  companyTermsUrl?: string;
  overlayBackgroundColor?: string;
  socialProof?: boolean;
}

export interface CreateWidgetTokenInput {
  /** Where Belvo's hosted widget sends the applicant back. */
  callbackUrls: { success: string; exit: string; event: string };
  /** Comma-separated; Belvo's default for a new link. Update mode (with `linkId`) adds `read_links`. */
  scopes?: string;
  /** Opens the widget in update mode for an invalid link. */
  linkId?: string;
  fetchResources?: readonly FetchResource[];
  externalId?: string;
  credentialsStorage?: string;
  staleIn?: string;
  branding?: WidgetBranding;
}

const DEFAULT_SCOPES = "read_institutions,write_links";

export function widgetTokenResource(
  context: ResourceContext,
  keys: { secretId: string; secretPassword: string },
) {
  return {
    /** `POST /api/token/`: Belvo wants the secret keys in the body here, not only in Basic auth. */
    create: async (input: CreateWidgetTokenInput, options?: CallOptions): Promise<WidgetToken> => {
      const branding = input.branding;
      const body = {
        id: keys.secretId,
        password: keys.secretPassword,
        scopes: input.scopes ?? (input.linkId ? `${DEFAULT_SCOPES},read_links` : DEFAULT_SCOPES),
        ...(input.linkId ? { link_id: input.linkId } : {}),
        ...(input.fetchResources ? { fetch_resources: input.fetchResources } : {}),
        ...(input.externalId ? { external_id: input.externalId } : {}),
        ...(input.credentialsStorage ? { credentials_storage: input.credentialsStorage } : {}),
        ...(input.staleIn ? { stale_in: input.staleIn } : {}),
        widget: {
          callback_urls: input.callbackUrls,
          ...(branding
            ? {
                branding: Object.fromEntries(
                  Object.entries({
                    company_icon: branding.companyIcon,
                    company_logo: branding.companyLogo,
                    company_name: branding.companyName,
                    company_terms_url: branding.companyTermsUrl,
                    overlay_background_color: branding.overlayBackgroundColor,
                    social_proof: branding.socialProof,
                  }).filter(([, value]) => value !== undefined),
                ),
              }
            : {}),
        },
      };
      const response = await context.transport.request({
        method: "POST",
        target: "/api/token/",
        body,
        ...signalOf(options),
      });
      const token = parseBelvo(widgetTokenSchema, response.body);
      return { access: token.access, refresh: token.refresh };
    },
  };
}
