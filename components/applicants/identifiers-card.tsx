import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { getFormat } from "@/lib/i18n/server";

type Props = { applicant: ApplicantDetail };

export async function IdentifiersCard({ applicant }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant.identifiers"), getFormat()]);
  const { identifiers } = applicant;
  const consent = applicant.consents[0];
  const rows = [
    ["curp", "CURP", identifiers.curp],
    ["nss", "NSS", identifiers.nss],
    ["rfc", "RFC", identifiers.rfc],
    ["email", t("email"), identifiers.email],
  ] as const;
  return (
    <Card data-testid="identifiers-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <dl className="space-y-1">
          {rows.map(([id, label, value]) => (
            <div key={id} className="grid grid-cols-3 gap-2">
              <dt className="text-slate-500">{label}</dt>
              <dd className="col-span-2 font-mono" data-testid={`identifier-${id}`}>
                {value ?? "—"}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-slate-500">
          {applicant.identifiersMasked ? t("masked") : t("recorded")}
        </p>
        {consent ? (
          <p
            className="border-t border-slate-100 pt-3 text-xs text-slate-600"
            data-testid="consent-record"
          >
            {consent.channel === "INVITE"
              ? t("consentInvite", {
                  version: consent.privacyNoticeVersion,
                  date: f.dateTime(consent.acceptedAt),
                })
              : t("consentCaptured", {
                  version: consent.privacyNoticeVersion,
                  date: f.dateTime(consent.acceptedAt),
                  name: consent.capturedBy ?? t("formerUser"),
                })}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
