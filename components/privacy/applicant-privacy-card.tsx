import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import type { ApplicantRights } from "@/lib/privacy/applicant-rights";
import { OBJECTION_PURPOSES } from "@/lib/privacy/rights-input";
import { ConsentList } from "./consent-list";
import { DisputeForm } from "./dispute-form";
import { DisputeList } from "./dispute-list";
import { ObjectionForm } from "./objection-form";
import { ObjectionList } from "./objection-list";
import { RevocationForm } from "./revocation-form";
import { RevocationNotice } from "./revocation-notice";

function RightsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

type Props = {
  applicantId: string;
  consents: ApplicantDetail["consents"];
  rights: ApplicantRights;
  /** Team leads and admins record oppositions and disputes; any reviewer records a revocation. */
  canRecordRights: boolean;
  /** Today in the organization's time zone: the latest day a revocation can carry. */
  today: string;
};

/** The applicant page's privacy card: consents, the revocation, oppositions and disputed data. */
export async function ApplicantPrivacyCard({
  applicantId,
  consents,
  rights,
  canRecordRights,
  today,
}: Props) {
  const t = await getTranslations("privacy.rights");
  const opposed = new Set(rights.objections.map((objection) => objection.purpose));
  const opposable = OBJECTION_PURPOSES.filter((purpose) => !opposed.has(purpose));
  return (
    <Card data-testid="privacy-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {rights.revocation ? <RevocationNotice revocation={rights.revocation} /> : null}
        <RightsSection title={t("consents.title")}>
          <ConsentList consents={consents} />
          {rights.revocation ? null : <RevocationForm applicantId={applicantId} today={today} />}
        </RightsSection>
        <RightsSection title={t("objections.title")}>
          <ObjectionList
            applicantId={applicantId}
            objections={rights.objections}
            canWithdraw={canRecordRights}
          />
          {canRecordRights && opposable.length > 0 ? (
            <ObjectionForm applicantId={applicantId} purposes={opposable} />
          ) : null}
        </RightsSection>
        <RightsSection title={t("disputes.title")}>
          <DisputeList disputes={rights.disputes} />
          {canRecordRights ? <DisputeForm applicantId={applicantId} /> : null}
        </RightsSection>
      </CardContent>
    </Card>
  );
}
