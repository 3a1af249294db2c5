import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplicantActions } from "@/components/applicants/applicant-actions";
import { ApplicantView } from "@/components/applicants/applicant-view";
import { DecisionPanel } from "@/components/applicants/decision-panel";
import { MonitoringCard } from "@/components/alerts/monitoring-card";
import { ApplicantPrivacyCard } from "@/components/privacy/applicant-privacy-card";
import { ReportsCard } from "@/components/report/reports-card";
import {
  canAssignOthers,
  canDeleteApplicants,
  canRecordPrivacyRights,
  canSignOff,
} from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { loadApplicantPage } from "@/lib/applicant/page";
import { today } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { applicantIdParam } from "@/lib/http/server/params";
import { getOrganizationSettings } from "@/lib/settings/organization";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applicant");
  return { title: t("title") };
}

type PageProps = { params: Promise<{ id: string }> };

export default async function ApplicantPage({ params }: PageProps) {
  const user = await requirePageUser();
  const data = await Promise.resolve(params)
    .then((raw) => loadApplicantPage(user, applicantIdParam(raw)))
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    });
  const { applicant } = data;
  const settings = await getOrganizationSettings();
  const current = data.decisions[0] ?? null;
  const monitoringObjection = data.privacy.objections.find(
    (objection) => objection.purpose === "MONITORING",
  );
  return (
    <ApplicantView
      data={data}
      actions={
        <ApplicantActions
          applicantId={applicant.id}
          canDelete={canDeleteApplicants(user.role)}
          refreshBlockedUntil={applicant.queries.availableAt}
          canReport={data.latest !== null}
        />
      }
      monitoring={
        applicant.link ? (
          <MonitoringCard
            applicant={applicant}
            contractedRate={settings.monitoringRefreshRate}
            salaryCutAlertPct={settings.salaryCutAlertPct}
            opposedAt={monitoringObjection?.recordedAt ?? null}
          />
        ) : null
      }
      privacy={
        <ApplicantPrivacyCard
          applicantId={applicant.id}
          consents={applicant.consents}
          rights={data.privacy}
          canRecordRights={canRecordPrivacyRights(user.role)}
          today={today(settings.timeZone)}
        />
      }
      reports={
        <ReportsCard applicantId={applicant.id} snapshots={applicant.snapshots} user={user} />
      }
      decisionPanel={
        <DecisionPanel
          applicantId={applicant.id}
          assignedToId={applicant.assignedTo?.id ?? null}
          currentUserId={user.id}
          canAssignOthers={canAssignOthers(user.role)}
          users={data.users}
          current={current}
          rules={data.rules}
          canSignOff={
            canSignOff(user.role) &&
            current?.signOff === "REQUIRED" &&
            current.decidedById !== user.id
          }
        />
      }
    />
  );
}
