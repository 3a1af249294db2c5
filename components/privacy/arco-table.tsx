import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getFormat } from "@/lib/i18n/server";
import type { ArcoRow, ArcoUrgency } from "@/lib/privacy/arco";
import { AccessPackageLinks } from "./access-package-links";
import { ArcoAnswer } from "./arco-answer";
import { CancellationBlock } from "./cancellation-block";

const URGENCY_TONE = {
  overdue: "danger",
  dueSoon: "warning",
  onTime: "neutral",
  answered: "success",
} as const satisfies Record<ArcoUrgency, string>;

/** The ARCO requests: open ones first by due date, overdue and due-soon ones marked. */
export async function ArcoTable({
  requests,
  blockingDays,
}: {
  requests: readonly ArcoRow[];
  /** Days blocked data is kept before deletion (the cancellation's confirmation says so). */
  blockingDays: number;
}) {
  const [t, f] = await Promise.all([getTranslations("privacy"), getFormat()]);
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="arco-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th className={cell}>{t("table.received")}</th>
            <th className={cell}>{t("table.type")}</th>
            <th className={cell}>{t("table.requester")}</th>
            <th className={cell}>{t("table.applicant")}</th>
            <th className={cell}>{t("table.due")}</th>
            <th className={cell}>{t("table.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {requests.map((request) => (
            <tr key={request.id} data-testid="arco-row" data-urgency={request.urgency}>
              <td className={`${cell} whitespace-nowrap`}>{f.date(request.receivedOn)}</td>
              <td className={cell}>{t(`types.${request.type}`)}</td>
              <td className={cell}>{request.requesterName}</td>
              <td className={cell}>
                {request.applicant?.deleteAfter ? (
                  <>
                    <span className="font-mono text-xs">{request.applicant.reference}</span>
                    <Badge tone="warning" data-testid="arco-blocked">
                      {t("blocking.blocked", { date: f.date(request.applicant.deleteAfter) })}
                    </Badge>
                  </>
                ) : request.applicant ? (
                  <Link
                    href={`/applicants/${request.applicant.id}`}
                    className="font-mono text-xs text-brand-700 hover:underline"
                  >
                    {request.applicant.reference}
                  </Link>
                ) : (
                  t("table.none")
                )}
                {request.type === "CANCELLATION" &&
                request.applicant &&
                !request.applicant.deleteAfter ? (
                  <CancellationBlock requestId={request.id} blockingDays={blockingDays} />
                ) : null}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <div>{f.date(request.dueOn)}</div>
                <Badge tone={URGENCY_TONE[request.urgency]} data-testid="arco-urgency">
                  {t(`urgency.${request.urgency}`, { days: Math.abs(request.businessDaysLeft) })}
                </Badge>
              </td>
              <td className={cell}>
                {request.status === "ANSWERED" ? (
                  <p className="text-xs text-slate-600" data-testid="arco-answered">
                    {t("answer.answered", {
                      who: request.answeredBy ?? t("answer.someone"),
                      when: request.answeredAt ? f.dateTime(request.answeredAt) : "",
                      response: request.response ?? "",
                    })}
                  </p>
                ) : (
                  <ArcoAnswer requestId={request.id} />
                )}
                <AccessPackageLinks request={request} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
