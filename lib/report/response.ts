import "server-only";

/** A PDF download: the file name in both plain and RFC 5987 form, never cached. */
export function pdfResponse(
  file: { bytes: Uint8Array; fileName: string },
  extra: Record<string, string> = {},
) {
  const ascii = file.fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/"/g, "");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.bytes.length),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...extra,
    },
  });
}
