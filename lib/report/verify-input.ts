import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { FOLIO_PATTERN } from "./folio";

/** A verified file is a report (well under 1 MB); anything far larger is refused unread. */
export const MAX_VERIFY_BYTES = 5 * 1024 * 1024;

const schema = z
  .object({
    folio: z
      .string()
      .trim()
      .toUpperCase()
      .regex(FOLIO_PATTERN, { message: "report.verify.validation.folio" }),
    sha256: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[0-9a-f]{64}$/, { message: "report.verify.validation.sha256" })
      .optional(),
  })
  .strict();

function refuse(fields: Record<string, string>): never {
  throw new AppError("bad_request", "errors.report.verifyInput", undefined, { fields });
}

/** The folio and the file (or its SHA-256) from the verify form's multipart body. */
export async function readVerification(request: Request) {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_VERIFY_BYTES) refuse({ file: "report.verify.validation.fileTooLarge" });
  const form = await request.formData().catch(() => refuse({}));
  const file = form.get("file");
  const sha256 = form.get("sha256");
  const parsed = schema.safeParse({
    folio: String(form.get("folio") ?? ""),
    sha256: typeof sha256 === "string" && sha256.trim() ? sha256 : undefined,
  });
  if (!parsed.success)
    refuse(
      Object.fromEntries(
        parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
      ),
    );
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (upload && upload.size > MAX_VERIFY_BYTES)
    refuse({ file: "report.verify.validation.fileTooLarge" });
  if (!upload && !parsed.data.sha256) refuse({ file: "report.verify.validation.fileOrHash" });
  return {
    folio: parsed.data.folio,
    ...(upload
      ? { file: new Uint8Array(await upload.arrayBuffer()) }
      : { sha256: parsed.data.sha256 }),
  };
}
