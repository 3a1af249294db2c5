import type { Institution } from "@/lib/generated/prisma/enums";

/** The institutions the new-applicant form offers, in order; each is named by `connect.institutionOption.<value>`. */
export const INSTITUTION_OPTIONS: readonly Institution[] = ["IMSS", "ISSSTE", "SANDBOX"];
