import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SnapshotView } from "@/lib/applicant/snapshot-view";
import { canSeeIdentifiers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { getFormat } from "@/lib/i18n/server";
import { institutionDocuments } from "@/lib/report/institution-document";
import { listApplicantReports } from "@/lib/report/issued";
import { DownloadLink } from "./download-link";

type Props = { applicantId: string; snapshots: readonly SnapshotView[]; user: SessionUser };

type DocumentStatus = "stored" | "not_provided" | "too_large" | "invalid";
const DOCUMENT_WORDS = {
  not_provided: "notProvided",
  too_large: "tooLarge",
  invalid: "invalid",
} as const satisfies Record<Exclude<DocumentStatus, "stored">, string>;

/** Reports of each pull, IMSS's own document where it came, and the reports issued so far. */
export async function ReportsCard({ applicantId, snapshots, user }: Props) {
  const [t, f, reports, documents] = await Promise.all([
    getTranslations("report"),
    getFormat(),
    listApplicantReports(user, applicantId),
    institutionDocuments(applicantId),
  ]);
  const seesDocuments = canSeeIdentifiers(user.role);
  const base = `/api/applicants/${applicantId}`;
  return (
    <Card data-testid="reports-card">
      <CardHeader>
        <CardTitle>{t("card.title")}</CardTitle>
        <p className="mt-1 text-xs text-slate-600">{t("card.hint")}</p>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <ul className="space-y-2" data-testid="report-pulls">
          {snapshots.map((snapshot, index) => {
            const document = documents.get(snapshot.id);
            const status = document?.status as DocumentStatus | undefined;
            return (
              <li key={snapshot.id} className="space-y-0.5">
                <p>
                  {t("card.pull", { date: f.dateTime(snapshot.collectedAt) })}
                  {index === 0 ? ` · ${t("card.latest")}` : ""}
                  {" · "}
                  <DownloadLink
                    href={`${base}/report?snapshot=${snapshot.id}`}
                    refresh
                    testId={index === 0 ? "download-report-latest" : undefined}
                  >
                    {t("card.downloadPull")}
                  </DownloadLink>
                </p>
                {status === "stored" && seesDocuments ? (
                  <DownloadLink
                    href={`${base}/institution-document?snapshot=${snapshot.id}`}
                    refresh
                    testId="download-institution-document"
                  >
                    {t("document.download")}
                  </DownloadLink>
                ) : status === "stored" ? (
                  <p className="text-xs text-slate-600">{t("document.restricted")}</p>
                ) : status ? (
                  <p className="text-xs text-slate-600" data-testid="institution-document-missing">
                    {t(`document.${DOCUMENT_WORDS[status]}`)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        <section className="border-t border-slate-100 pt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t("card.issuedTitle")}
          </h3>
          {reports.length === 0 ? (
            <p className="mt-1 text-slate-600">{t("card.issuedNone")}</p>
          ) : (
            <ul className="mt-1 space-y-1.5" data-testid="issued-reports">
              {reports.map((report) => (
                <li key={report.folio} data-testid="issued-report">
                  <span className="font-mono text-xs font-medium">{report.folio}</span>{" "}
                  <span className="text-slate-600">
                    {t("card.issuedBy", {
                      date: f.dateTime(report.issuedAt),
                      name: report.issuedBy ?? t("card.formerUser"),
                    })}
                    {report.dataAsOf
                      ? ` · ${t("card.dataAsOf", { date: f.date(report.dataAsOf) })}`
                      : ""}
                    {` · ${report.masked ? t("card.masked") : t("card.clear")}`}
                  </span>
                  {report.canDownload ? (
                    <>
                      {" · "}
                      <DownloadLink href={`/api/reports/${report.folio}`} refresh>
                        {t("card.redownload")}
                      </DownloadLink>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <Link href="/verify" className="inline-block font-medium text-brand-700 hover:underline">
          {t("card.verify")}
        </Link>
      </CardContent>
    </Card>
  );
}
