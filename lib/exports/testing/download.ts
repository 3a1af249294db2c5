import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { openExport } from "@/lib/exports/open-export";
import { parseExportRequest, type ExportKind } from "@/lib/exports/request";
import type { Locale } from "@/lib/i18n/locales";
import type { QueueParamsInput } from "@/lib/queue/params";

export const EXPORT_NOW = new Date("2026-11-25T12:00:00.000Z");
export const EXPORT_TIME_ZONE = "America/Mexico_City";

/** A user of `role` with a name unique to this run. */
export async function member(role: Role, name?: string): Promise<SessionUser> {
  return db().user.create({
    data: {
      email: `${randomUUID()}@export.test`,
      name: name ?? `Export ${role} ${randomUUID().slice(0, 8)}`,
      role,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** An export as the route makes it; without `lang` in the query, for a Spanish reader. */
export async function download(
  user: SessionUser,
  kind: ExportKind,
  query: QueueParamsInput | string,
  readerLang: Locale = "es",
) {
  const params = new URLSearchParams(
    typeof query === "string" ? query : (query as Record<string, string>),
  );
  const request = parseExportRequest(kind, params, readerLang);
  const { body } = await openExport(request, user, EXPORT_NOW, EXPORT_TIME_ZONE);
  const bytes = Buffer.from(await new Response(body).arrayBuffer());
  // Decoded by hand: a TextDecoder (as in Response.text) would silently drop the byte-order mark.
  const text = bytes.toString("utf8");
  return { text, rows: parse(text, { bom: true }) as string[][] };
}
