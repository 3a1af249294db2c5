import { z } from "zod";
import { documentIdSchema, moneySchema, optionalNull } from "./common";

// PROVISIONAL. Belvo marks Current Employments "coming soon" and publishes only id, link, created_at,
// collected_at, month, internal_identification and personal_data.official_name. Everything else is
// the emulator's documented guess (scripts/belvo-emulator/README.md), so it is all optional here and kept
// in this one file: when Belvo publishes the real names, this file and its transform change, no more.

const employerSchema = z.object({
  name: optionalNull(z.string()),
  rfc: optionalNull(z.string()),
  employer_id: optionalNull(z.string()),
  state: optionalNull(z.string()),
  start_date: optionalNull(z.string()),
  days_employed: optionalNull(z.number()),
  base_salary: optionalNull(moneySchema),
  monthly_salary: optionalNull(moneySchema),
  currency: optionalNull(z.string()),
});

export const currentEmploymentSchema = z.object({
  id: z.string().min(1),
  link: optionalNull(z.string()),
  created_at: z.string().min(1),
  collected_at: z.string().min(1),
  month: optionalNull(z.string()),
  internal_identification: optionalNull(z.string()),
  /** `EMPLOYED` / `UNEMPLOYED`, as elsewhere in Belvo's API. */
  status: optionalNull(z.string()),
  personal_data: z.object({
    official_name: optionalNull(z.string()),
    birth_date: optionalNull(z.string()),
    nss: optionalNull(z.string()),
    curp: optionalNull(z.string()),
    rfc: optionalNull(z.string()),
    document_ids: optionalNull(z.array(documentIdSchema)).transform((value) => value ?? []),
  }),
  /** Open jobs only; empty when unemployed. */
  employers: optionalNull(z.array(employerSchema)).transform((value) => value ?? []),
});

export type RawCurrentEmployment = z.output<typeof currentEmploymentSchema>;
