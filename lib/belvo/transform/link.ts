import type { BelvoLink } from "../types";
import type { RawLink } from "../schemas/link";

export function transformLink(raw: RawLink): BelvoLink {
  return {
    id: raw.id,
    institution: raw.institution,
    accessMode: raw.access_mode,
    status: raw.status,
    refreshRate: raw.refresh_rate,
    createdBy: raw.created_by,
    createdAt: raw.created_at,
    lastAccessedAt: raw.last_accessed_at,
    externalId: raw.external_id,
    institutionUserId: raw.institution_user_id,
    credentialsStorage: raw.credentials_storage,
    staleIn: raw.stale_in,
    fetchResources: raw.fetch_resources,
  };
}
