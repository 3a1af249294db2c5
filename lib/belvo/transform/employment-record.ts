import type { EmploymentJob, EmploymentRecordSnapshot, PersonalData } from "../types";
import type { RawEmploymentRecord, RawJob, RawPersonalData } from "../schemas/employment-record";
import { transformDocuments } from "./documents";

export function transformPersonalData(
  raw: RawPersonalData,
  fallbackCurp: string | null,
): PersonalData {
  return {
    officialName: raw.official_name,
    firstName: raw.first_name,
    lastName: raw.last_name,
    birthDate: raw.birth_date,
    email: raw.email,
    entitlementStatus: raw.entitlements?.status ?? null,
    entitledToHealthInsurance: raw.entitlements?.entitled_to_health_insurance ?? null,
    entitledToCompanyBenefits: raw.entitlements?.entitled_to_company_benefits ?? null,
    entitlementValidUntil: raw.entitlements?.valid_until ?? null,
    documents: transformDocuments(raw.document_ids, fallbackCurp),
  };
}

export function transformJob(raw: RawJob): EmploymentJob {
  return {
    employer: raw.employer,
    employerId: raw.employer_id,
    state: raw.state,
    startDate: raw.start_date,
    endDate: raw.end_date,
    weeksEmployed: raw.weeks_employed,
    mostRecentDailySalary: raw.most_recent_base_salary,
    monthlySalary: raw.monthly_salary,
    currency: raw.currency,
    // Belvo does not promise an order; downstream timelines assume oldest first.
    movements: raw.employment_status_updates
      .map((update) => ({
        event: update.event,
        dailySalary: update.base_salary,
        date: update.update_date,
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export function transformEmploymentRecord(raw: RawEmploymentRecord): EmploymentRecordSnapshot {
  const summary = raw.social_security_summary;
  return {
    id: raw.id,
    linkId: raw.link,
    createdAt: raw.created_at,
    collectedAt: raw.collected_at,
    reportDate: raw.report_date,
    personalData: transformPersonalData(raw.personal_data, raw.internal_identification),
    socialSecuritySummary: summary
      ? {
          weeksContributed: summary.weeks_contributed,
          weeksRedeemed: summary.weeks_redeemed,
          weeksReinstated: summary.weeks_reinstated,
        }
      : null,
    jobs: raw.employment_records.map(transformJob),
    scores: raw.employment_scores
      ? raw.employment_scores
          .map((entry) => ({ period: entry.period, score: entry.score, version: entry.version }))
          .sort((a, b) => a.period - b.period)
      : null,
    files: raw.files.map((file) => ({ title: file.type ?? "", content: file.value })),
  };
}
