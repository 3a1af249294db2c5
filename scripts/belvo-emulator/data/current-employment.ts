import type { Person } from "./career";
import type { CareerView } from "./career-view";
import { daysBetween } from "./dates";

/**
 * Belvo has not published this resource's field names (reference §4): these are our provisional,
 * documented names for the content Belvo describes. See README "Current employments".
 */
export type CurrentEmploymentBody = {
  id: string;
  link: string;
  created_at: string;
  collected_at: string;
  month: string | null;
  internal_identification: string | null;
  personal_data: {
    official_name: string | null;
    birth_date: string | null;
    nss: string | null;
    curp: string | null;
    rfc: string | null;
  };
  status: "EMPLOYED" | "UNEMPLOYED";
  employers: {
    name: string;
    rfc: string;
    employer_id: string | null;
    state: string | null;
    days_employed: number;
    base_salary: number;
    monthly_salary: number;
    start_date: string;
    currency: "MXN";
  }[];
};

export function currentEmploymentBody(
  person: Person,
  view: CareerView,
  ctx: { id: string; link: string; nowIso: string },
): CurrentEmploymentBody {
  const open = view.jobs.filter((job) => job.end === null);
  const employed = open.length > 0;
  return {
    id: ctx.id,
    link: ctx.link,
    created_at: ctx.nowIso,
    collected_at: ctx.nowIso,
    // Belvo documents both as null when the person is not employed.
    month: employed ? view.today.slice(0, 7) : null,
    internal_identification: employed ? person.curp : null,
    personal_data: {
      official_name: person.officialName,
      birth_date: person.birthDate,
      nss: person.nss,
      curp: person.curp,
      rfc: person.rfc,
    },
    status: employed ? "EMPLOYED" : "UNEMPLOYED",
    employers: open.map((job) => ({
      name: job.employer.name,
      rfc: job.employer.rfc,
      employer_id: job.employer.employerId,
      state: job.employer.state,
      days_employed: daysBetween(job.start, view.today) + 1,
      base_salary: job.mostRecentSalary,
      monthly_salary: job.monthlySalary,
      start_date: job.start,
      currency: "MXN",
    })),
  };
}
