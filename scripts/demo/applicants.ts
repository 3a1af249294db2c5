import { PRIVACY_NOTICE_VERSION, type NewApplicant } from "@/lib/connect/new-applicant";
import { institutionFromBelvoName } from "@/lib/connect/institutions";
import { PERSONAS, type PersonaKey } from "@/scripts/belvo-emulator/personas";

export type DemoApplicant = {
  persona: PersonaKey;
  reference: string;
  accessMode: "SINGLE" | "RECURRENT";
};

// The applicants every demo starts with: emulator personas under fixed references, so demo
// scripts can name them and their screenshots come out the same. `recentHire` is left out: the
// connect demo invites that persona.
export const DEMO_APPLICANTS = [
  { persona: "stable", reference: "DEMO-1001", accessMode: "SINGLE" },
  { persona: "risky", reference: "DEMO-1002", accessMode: "SINGLE" },
  { persona: "longGap", reference: "DEMO-1003", accessMode: "SINGLE" },
  { persona: "redeemedWeeks", reference: "DEMO-1004", accessMode: "SINGLE" },
  { persona: "capped", reference: "DEMO-1005", accessMode: "SINGLE" },
  { persona: "concurrent", reference: "DEMO-1006", accessMode: "SINGLE" },
  { persona: "issste", reference: "DEMO-1007", accessMode: "SINGLE" },
  { persona: "dismissed", reference: "DEMO-1008", accessMode: "SINGLE" },
  // Recurrent: the monitoring demo refreshes it and shows what changed.
  { persona: "promotion", reference: "DEMO-1009", accessMode: "RECURRENT" },
  // The monitoring demo turns monitoring on for this one and sees the job loss.
  { persona: "jobLoss", reference: "DEMO-1010", accessMode: "SINGLE" },
  // Recurrent: its refresh finds a salary cut past the alert threshold (an alert for team leads).
  { persona: "salaryCut", reference: "DEMO-1011", accessMode: "RECURRENT" },
  // Portfolio-wide signals, which need several applicants at once. Six applicants whose current
  // job is at one shell employer (one registro patronal, joined 20–45 days before applying),
  // seeded together: more than 5 distinct CURPs within 30 days raise the employer concentration
  // signal.
  { persona: "shellEmployer1", reference: "DEMO-1012", accessMode: "SINGLE" },
  { persona: "shellEmployer2", reference: "DEMO-1013", accessMode: "SINGLE" },
  { persona: "shellEmployer3", reference: "DEMO-1014", accessMode: "SINGLE" },
  { persona: "shellEmployer4", reference: "DEMO-1015", accessMode: "SINGLE" },
  { persona: "shellEmployer5", reference: "DEMO-1016", accessMode: "SINGLE" },
  { persona: "shellEmployer6", reference: "DEMO-1017", accessMode: "SINGLE" },
  // Two applicants with different CURPs and names whose IMSS records carry one and the same NSS:
  // the shared-identifier signal.
  { persona: "sharedNss1", reference: "DEMO-1018", accessMode: "SINGLE" },
  { persona: "sharedNss2", reference: "DEMO-1019", accessMode: "SINGLE" },
] as const satisfies readonly DemoApplicant[];

/** The name a demo applicant is connected under: the persona's official name. */
export function personaName(persona: PersonaKey): string {
  const { firstName, lastName } = PERSONAS[persona];
  return `${firstName} ${lastName}`;
}

/** What an underwriter would type to connect this demo applicant directly. */
export function demoApplicantInput(applicant: DemoApplicant): NewApplicant {
  const persona = PERSONAS[applicant.persona];
  const institution = institutionFromBelvoName(persona.institution);
  if (!institution) throw new Error(`No Cotiza institution for ${persona.institution}`);
  return {
    name: personaName(applicant.persona),
    reference: applicant.reference,
    institution,
    curp: persona.curp,
    email: undefined,
    accessMode: applicant.accessMode,
    consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
  };
}
