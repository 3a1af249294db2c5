import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { messageText } from "@/components/shell/message-text";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { listInvites } from "@/lib/connect/invites";
import { getFormat } from "@/lib/i18n/server";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("connect.invite");
  return { title: t("title") };
}

// The badge tone of each invite status; its words are `connect.invite.status.<status>`.
const STATUS_TONE = {
  PENDING: "neutral",
  OPENED: "brand",
  COMPLETED: "success",
  EXITED: "warning",
  FAILED: "danger",
} as const;

type InviteStatus = keyof typeof STATUS_TONE;

function isInviteStatus(status: string): status is InviteStatus {
  return Object.hasOwn(STATUS_TONE, status);
}

/** An invite's badge: an expired one reads "expired" whatever Belvo last said. */
function inviteBadge(invite: { expired: boolean; status: string }) {
  if (invite.expired) return { key: "expired", tone: "neutral" } as const;
  const status = isInviteStatus(invite.status) ? invite.status : "PENDING";
  return { key: status, tone: STATUS_TONE[status] } as const;
}

export default async function InvitePage() {
  await requirePageUser();
  const [invites, t, tRoot, f] = await Promise.all([
    listInvites(),
    getTranslations("connect.invite"),
    getTranslations(),
    getFormat(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardContent roomy>
            <InviteForm />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("recent")}</CardTitle>
          </CardHeader>
          <CardContent>
            {invites.length === 0 ? (
              <p className="text-sm text-slate-600">{t("empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="invite-list">
                {invites.map((invite) => {
                  const badge = inviteBadge(invite);
                  return (
                    <li key={invite.id} className="py-2" data-testid="invite-row">
                      <div className="flex items-center justify-between gap-2">
                        <span className="font-medium">
                          {invite.applicantId ? (
                            <Link
                              className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
                              href={`/applicants/${invite.applicantId}`}
                            >
                              {invite.applicantName}
                            </Link>
                          ) : (
                            invite.applicantName
                          )}
                          <span className="ml-2 font-mono text-xs text-slate-500">
                            {invite.reference}
                          </span>
                        </span>
                        <Badge tone={badge.tone} data-testid="invite-status">
                          {t(`status.${badge.key}`)}
                        </Badge>
                      </div>
                      <p className="text-xs text-slate-500">
                        {t("createdAt", { date: f.dateTime(invite.createdAt) })}
                        {invite.lastEvent?.message
                          ? ` · ${messageText(tRoot, invite.lastEvent.message)}`
                          : ""}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
