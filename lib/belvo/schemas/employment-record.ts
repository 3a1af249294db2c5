import { z } from "zod";
import { documentIdSchema, moneySchema, optionalNull } from "./common";

// Required here = what a review cannot do without (who, which job, when, how much). Everything Belvo
// documents as nullable, or added after v1.35, may be null or absent.

const movementSchema = z.object({
  event: z.string().min(1),
  base_salary: optionalNull(moneySchema),
  update_date: z.string().min(1),
});

const jobSchema = z.object({
  employer: z.string(),
  employer_id: optionalNull(z.string()),
  state: optionalNull(z.string()),
  start_date: z.string().min(1),
  end_date: optionalNull(z.string()),
  weeks_employed: optionalNull(z.number().int()),
  most_recent_base_salary: optionalNull(moneySchema),
  monthly_salary: optionalNull(moneySchema),
  currency: optionalNull(z.string()).transform((value) => value ?? "MXN"),
  employment_status_updates: optionalNull(z.array(movementSchema)).transform(
    (value) => value ?? [],
  ),
});

const personalDataSchema = z.object({
  official_name: optionalNull(z.string()),
  first_name: optionalNull(z.string()),
  last_name: optionalNull(z.string()),
  birth_date: optionalNull(z.string()),
  email: optionalNull(z.string()),
  entitlements: optionalNull(
    z.object({
      entitled_to_health_insurance: optionalNull(z.boolean()),
      entitled_to_company_benefits: optionalNull(z.boolean()),
      valid_until: optionalNull(z.string()),
      status: optionalNull(z.string()),
    }),
  ),
  document_ids: optionalNull(z.array(documentIdSchema)).transform((value) => value ?? []),
});

const int = optionalNull(z.number().int());

export const employmentRecordSchema = z.object({
  id: z.string().min(1),
  link: z.string().min(1),
  created_at: z.string().min(1),
  collected_at: z.string().min(1),
  report_date: optionalNull(z.string()),
  // The CURP; we fall back to it when document_ids has no CURP entry.
  internal_identification: optionalNull(z.string()),
  personal_data: personalDataSchema,
  social_security_summary: optionalNull(
    z.object({ weeks_contributed: int, weeks_redeemed: int, weeks_reinstated: int }),
  ),
  employment_records: z.array(jobSchema),
  employment_scores: optionalNull(
    z.array(z.object({ period: z.number().int(), score: int, version: optionalNull(z.string()) })),
  ),
  files: optionalNull(
    z.array(z.object({ type: optionalNull(z.string()), value: optionalNull(z.string()) })),
  ).transform((value) => value ?? []),
});

export type RawEmploymentRecord = z.output<typeof employmentRecordSchema>;
export type RawPersonalData = z.output<typeof personalDataSchema>;
export type RawJob = z.output<typeof jobSchema>;
