import type { Person } from "./career";
import type { CareerView } from "./career-view";
import { addDays } from "./dates";
import { imssWeeksReport } from "./imss-pdf";
import { employmentScores } from "./scores";
import type { EmploymentScore } from "./scores";

export type EmploymentRecordBody = {
  id: string;
  link: string;
  created_at: string;
  collected_at: string;
  report_date: string;
  internal_identification: string;
  personal_data: {
    official_name: string;
    first_name: string;
    last_name: string;
    email: string | null;
    birth_date: string | null;
    entitlements: {
      entitled_to_health_insurance: boolean;
      entitled_to_company_benefits: boolean;
      valid_until: string | null;
      status: "EMPLOYED" | "UNEMPLOYED" | "RETIRED" | null;
    };
    document_ids: { document_type: "NSS" | "CURP" | "RFC"; document_number: string | null }[];
  };
  social_security_summary: {
    weeks_contributed: number;
    weeks_redeemed: number;
    weeks_reinstated: number;
  } | null;
  employment_records: {
    collected_at: string;
    employer: string;
    employer_id: string | null;
    start_date: string;
    end_date: string | null;
    weeks_employed: number;
    state: string | null;
    most_recent_base_salary: number;
    monthly_salary: number;
    currency: "MXN";
    employment_status_updates: { event: string; base_salary: number; update_date: string }[];
  }[];
  employment_scores: EmploymentScore[] | null;
  files?: { type: string; value: string | null }[];
};

/** IMSS keeps health coverage for 8 weeks after the last day worked (conservación de derechos). */
const COVERAGE_AFTER_EXIT_DAYS = 56;

export type RecordContext = {
  id: string;
  link: string;
  nowIso: string;
  email: string | null;
  attachPdf: boolean;
  issste: boolean;
  /** Belvo's sandbox institution: like Belvo's sandbox, it sends the PDF's entry with no file. */
  sandbox?: boolean;
};

export function employmentRecordBody(
  person: Person,
  view: CareerView,
  ctx: RecordContext,
): EmploymentRecordBody {
  const coveredUntil = view.lastEnd ? addDays(view.lastEnd, COVERAGE_AFTER_EXIT_DAYS) : null;
  const employed = view.status === "EMPLOYED";
  const ids: EmploymentRecordBody["personal_data"]["document_ids"] = [
    ...(ctx.issste ? [] : [{ document_type: "NSS" as const, document_number: person.nss }]),
    { document_type: "CURP", document_number: person.curp },
    { document_type: "RFC", document_number: person.rfc },
  ];
  const [yyyy, mm, dd] = view.today.split("-");
  const body: EmploymentRecordBody = {
    id: ctx.id,
    link: ctx.link,
    created_at: ctx.nowIso,
    collected_at: ctx.nowIso,
    report_date: view.today,
    internal_identification: person.curp,
    personal_data: {
      official_name: person.officialName,
      first_name: person.firstName,
      last_name: person.lastName,
      email: ctx.email ?? person.email,
      birth_date: person.birthDate,
      entitlements: {
        entitled_to_health_insurance:
          employed ||
          view.status === "RETIRED" ||
          (coveredUntil !== null && coveredUntil >= view.today),
        entitled_to_company_benefits: employed,
        valid_until: employed || view.status === "RETIRED" ? null : coveredUntil,
        status: view.status,
      },
      document_ids: ids,
    },
    social_security_summary: ctx.issste
      ? null
      : {
          weeks_contributed: view.weeksContributed,
          weeks_redeemed: view.weeksRedeemed,
          weeks_reinstated: view.weeksReinstated,
        },
    employment_records: view.jobs.map((job) => ({
      collected_at: ctx.nowIso,
      employer: job.employer.name,
      employer_id: ctx.issste ? null : job.employer.employerId,
      start_date: job.start,
      end_date: job.end,
      weeks_employed: job.weeks,
      state: ctx.issste ? null : job.employer.state,
      most_recent_base_salary: job.mostRecentSalary,
      monthly_salary: job.monthlySalary,
      currency: "MXN",
      employment_status_updates: job.events.map((event) => ({
        event: event.event,
        base_salary: event.salary,
        update_date: event.date,
      })),
    })),
    employment_scores: ctx.issste ? null : employmentScores(person.curp, view),
  };
  if (ctx.attachPdf)
    body.files = [
      {
        type: `ReporteSemanasCotizadas_${dd}${mm}${yyyy?.slice(2)}`,
        // Only IMSS issues this report; the sandbox (and ISSSTE) send the entry without a file.
        value: ctx.issste || ctx.sandbox ? null : imssWeeksReport(person, view).toString("base64"),
      },
    ];
  return body;
}
