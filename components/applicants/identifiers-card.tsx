import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApplicantDetail } from "@/lib/applicant/detail";
import { formatDateTime } from "@/lib/format";

type Props = {
  applicant: ApplicantDetail;
  /** The organization's time zone (getOrganizationSettings()). */
  timeZone: string;
};

export function IdentifiersCard({ applicant, timeZone }: Props) {
  const { identifiers } = applicant;
  const consent = applicant.consents[0];
  const rows = [
    ["CURP", identifiers.curp],
    ["NSS", identifiers.nss],
    ["RFC", identifiers.rfc],
    ["Email", identifiers.email],
  ] as const;
  return (
    <Card data-testid="identifiers-card">
      <CardHeader>
        <CardTitle>Identity</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        <dl className="space-y-1">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-3 gap-2">
              <dt className="text-slate-500">{label}</dt>
              <dd
                className="col-span-2 font-mono"
                data-testid={`identifier-${label.toLowerCase()}`}
              >
                {value ?? "—"}
              </dd>
            </div>
          ))}
        </dl>
        {applicant.identifiersMasked ? (
          <p className="text-xs text-slate-500">Identifiers are masked for your role.</p>
        ) : (
          <p className="text-xs text-slate-500">
            Your viewing of these identifiers is recorded in the audit trail.
          </p>
        )}
        {consent ? (
          <p
            className="border-t border-slate-100 pt-3 text-xs text-slate-600"
            data-testid="consent-record"
          >
            Consent (privacy notice {consent.privacyNoticeVersion}) given{" "}
            {formatDateTime(consent.acceptedAt, { timeZone })},{" "}
            {consent.channel === "INVITE"
              ? "by the applicant through an invite"
              : `captured by ${consent.capturedBy ?? "a former user"}`}
            .
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
