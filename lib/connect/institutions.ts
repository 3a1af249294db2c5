import type { Institution } from "@/lib/generated/prisma/enums";

export type { Institution };

// Our institutions and Belvo's names for them. SANDBOX is Belvo's Planet Express test institution.
// `label` is the acronym, the same in every language; screens name an institution with
// `connect.institution.<value>` (the sandbox's name is translated there).
export const INSTITUTIONS: Record<
  Institution,
  {
    belvoName: string;
    label: string;
    currentEmployment: boolean;
    /** Whether a retrieval asks for the institution's own PDF (`attach_pdf`): IMSS's weeks report. */
    document: boolean;
  }
> = {
  IMSS: { belvoName: "imss_mx_employment", label: "IMSS", currentEmployment: true, document: true },
  ISSSTE: {
    belvoName: "issste_mx_employment",
    label: "ISSSTE",
    currentEmployment: false,
    document: false,
  },
  // Belvo's test institution stands in for IMSS; its sandbox answers the PDF with no file.
  SANDBOX: {
    belvoName: "planet_mx_employment",
    label: "Belvo sandbox",
    currentEmployment: false,
    document: true,
  },
};

export function institutionFromBelvoName(name: string): Institution | null {
  const entry = Object.entries(INSTITUTIONS).find(([, value]) => value.belvoName === name);
  return entry ? (entry[0] as Institution) : null;
}
