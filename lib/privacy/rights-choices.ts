// The fixed choices of the applicant page's privacy forms. No zod here: the forms ship this module
// to the browser (the schemas are in rights-input.ts).

/** How the applicant told the lender they withdraw their consent. */
export const REVOCATION_CHANNELS = ["WRITTEN", "EMAIL", "PHONE", "IN_PERSON"] as const;
export type RevocationChannel = (typeof REVOCATION_CHANNELS)[number];

/**
 * The uses of their data an applicant may oppose, each enforced: MONITORING (recurrent refreshes
 * and their alerts) and PORTFOLIO_SIGNALS (comparing them with other applicants).
 */
export const OBJECTION_PURPOSES = ["MONITORING", "PORTFOLIO_SIGNALS"] as const;
export type ObjectionPurpose = (typeof OBJECTION_PURPOSES)[number];
