import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { getFormat } from "@/lib/i18n/server";
import { IdentifiersReveal } from "./identifiers-reveal";

type Props = { applicant: ApplicantDetail };

export async function IdentifiersCard({ applicant }: Props) {
  const [t, f] = await Promise.all([getTranslations("applicant.identifiers"), getFormat()]);
  // The consent to the verification; a later one to monitoring is on the monitoring card.
  const consent = applicant.consents.find((item) => item.purpose === "VERIFICATION");
  return (
    <Card data-testid="identifiers-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <IdentifiersReveal
          applicantId={applicant.id}
          masked={applicant.identifiers}
          canReveal={applicant.canRevealIdentifiers}
        />
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
