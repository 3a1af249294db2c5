import { randomUUID } from "node:crypto";
import { currentEmploymentBody } from "../data/current-employment";
import type { CurrentEmploymentBody } from "../data/current-employment";
import { employmentMetricBody } from "../data/employment-metrics";
import type { EmploymentMetricBody } from "../data/employment-metrics";
import { employmentRecordBody } from "../data/employment-record";
import type { EmploymentRecordBody } from "../data/employment-record";
import type { Emulator } from "../emulator";
import type { StoredLink } from "../state";
import type { InstitutionAnswer } from "./institution-query";

export function buildRecord(
  emu: Emulator,
  link: StoredLink,
  answer: InstitutionAnswer,
  attachPdf: boolean,
): EmploymentRecordBody {
  return employmentRecordBody(answer.person, answer.view, {
    id: randomUUID(),
    link: link.body.id,
    nowIso: emu.nowIso(),
    email: link.email,
    attachPdf,
    issste: link.body.institution === "issste_mx_employment",
    sandbox: link.body.institution === "planet_mx_employment",
  });
}

export function buildCurrentEmployment(
  emu: Emulator,
  link: StoredLink,
  answer: InstitutionAnswer,
): CurrentEmploymentBody {
  return currentEmploymentBody(answer.person, answer.view, {
    id: randomUUID(),
    link: link.body.id,
    nowIso: emu.nowIso(),
  });
}

export function buildMetric(
  emu: Emulator,
  link: StoredLink,
  answer: InstitutionAnswer,
  referenceDate: string | null,
): EmploymentMetricBody {
  return employmentMetricBody(answer.person, answer.view, {
    id: randomUUID(),
    link: link.body.id,
    nowIso: emu.nowIso(),
    referenceDate,
  });
}

/** A successful institution access also refreshes the link's `last_accessed_at`. */
export function touchLink(emu: Emulator, link: StoredLink): void {
  link.body.last_accessed_at = emu.nowIso();
}
