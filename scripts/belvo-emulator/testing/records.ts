import { viewCareer } from "../data/career-view";
import { employmentRecordBody } from "../data/employment-record";
import type { EmploymentRecordBody } from "../data/employment-record";
import { personFor } from "../data/people";

/** The record a CURP yields on `today`, built without HTTP (for data-level tests). */
export function recordAt(
  curp: string,
  sector: "imss" | "issste",
  today: string,
  anchor = today,
): EmploymentRecordBody {
  const person = personFor(curp, sector, anchor);
  return employmentRecordBody(person, viewCareer(person.career, today), {
    id: "id",
    link: "link",
    nowIso: `${today}T12:00:00.000Z`,
    email: null,
    attachPdf: false,
    issste: sector === "issste",
  });
}

export function openJobs(record: EmploymentRecordBody): EmploymentRecordBody["employment_records"] {
  return record.employment_records.filter((job) => job.end_date === null);
}

/** A fresh CURP (see `uniqueCurp`) whose generated IMSS career has an open job on `today`. */
export function employedCurp(newCurp: () => string, today: string): string {
  for (;;) {
    const curp = newCurp();
    if (viewCareer(personFor(curp, "imss", today).career, today).status === "EMPLOYED") return curp;
  }
}
