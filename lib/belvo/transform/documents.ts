import type { RawDocumentId } from "../schemas/common";

export interface Documents {
  curp: string | null;
  nss: string | null;
  rfc: string | null;
}

/** Belvo lists documents as `[{document_type, document_number}]`; we want them by name. */
export function transformDocuments(
  ids: readonly RawDocumentId[],
  fallbackCurp: string | null = null,
): Documents {
  const find = (type: string) =>
    ids.find((doc) => doc.document_type?.toUpperCase() === type && doc.document_number)
      ?.document_number ?? null;
  return { curp: find("CURP") ?? fallbackCurp, nss: find("NSS"), rfc: find("RFC") };
}
