/** What the verify page says: issued exactly this file, issued a different file, or no such folio. */
export type VerificationResult =
  | {
      outcome: "match";
      folio: string;
      issuedAt: string;
      issuedTo: string | null;
      /** Null once the applicant was deleted. */
      applicant: { id: string; name: string; reference: string } | null;
      snapshot: { id: string; collectedAt: string } | null;
      masked: boolean;
      byteSize: number;
    }
  /** A folio Cotiza issued, but another file: nothing about the real report is told. */
  | { outcome: "mismatch" | "unknown"; folio: string };
