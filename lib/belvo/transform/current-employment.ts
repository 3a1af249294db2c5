import type { CurrentEmploymentSnapshot } from "../types";
import type { RawCurrentEmployment } from "../schemas/current-employment";
import { transformDocuments } from "./documents";

export function transformCurrentEmployment(raw: RawCurrentEmployment): CurrentEmploymentSnapshot {
  const person = raw.personal_data;
  const listed = transformDocuments(person.document_ids, raw.internal_identification);
  return {
    id: raw.id,
    linkId: raw.link,
    createdAt: raw.created_at,
    collectedAt: raw.collected_at,
    month: raw.month,
    status: raw.status,
    officialName: person.official_name,
    birthDate: person.birth_date,
    documents: {
      curp: person.curp ?? listed.curp,
      nss: person.nss ?? listed.nss,
      rfc: person.rfc ?? listed.rfc,
    },
    employers: raw.employers.map((employer) => ({
      name: employer.name,
      rfc: employer.rfc,
      employerId: employer.employer_id,
      state: employer.state,
      startDate: employer.start_date,
      daysEmployed: employer.days_employed,
      dailySalary: employer.base_salary,
      monthlySalary: employer.monthly_salary,
      currency: employer.currency,
    })),
  };
}
