import { createHash } from "node:crypto";
import type { EmploymentRecordFile } from "@/lib/belvo";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The institution's own PDF is kept up to this size (IMSS's weeks report is far smaller). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export const DOCUMENT_STATUSES = ["stored", "not_provided", "too_large", "invalid"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface InstitutionDocumentInput {
  title: string;
  status: DocumentStatus;
  bytes: Buffer | null;
}

/**
 * What to keep of the files Belvo returned with a record (`attach_pdf=true`): IMSS's weeks report,
 * base64-decoded, when it is a PDF within the size limit; otherwise why there is none (Belvo's
 * sandbox sends the entry with a null file). Null when the record carries no file entry at all.
 */
export function institutionDocument(
  files: readonly EmploymentRecordFile[],
): InstitutionDocumentInput | null {
  const file = files.find((entry) => /semanas/i.test(entry.title)) ?? files[0];
  if (!file) return null;
  const title = file.title.slice(0, 200) || "document";
  if (file.content === null) return { title, status: "not_provided", bytes: null };
  const base64 = file.content.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  // Refused before decoding: base64 is 4/3 of the bytes.
  if (base64.length > Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4)
    return { title, status: "too_large", bytes: null };
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length > MAX_DOCUMENT_BYTES) return { title, status: "too_large", bytes: null };
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    return { title, status: "invalid", bytes: null };
  return { title, status: "stored", bytes };
}

/** Stores a pull's institution document, encrypted at rest, beside its snapshot. */
export async function storeInstitutionDocument(
  tx: Prisma.TransactionClient,
  snapshotId: string,
  files: readonly EmploymentRecordFile[],
): Promise<void> {
  const document = institutionDocument(files);
  if (!document) return;
  const { bytes } = document;
  await tx.institutionDocument.create({
    data: {
      snapshotId,
      title: document.title,
      status: document.status,
      byteSize: bytes?.length ?? null,
      sha256: bytes ? createHash("sha256").update(bytes).digest("hex") : null,
      contentCiphertext: bytes ? encryptField(bytes.toString("base64")) : null,
    },
  });
}
