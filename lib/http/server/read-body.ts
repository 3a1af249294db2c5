import "server-only";
import { AppError, type ErrorKey } from "@/lib/errors";

/**
 * The body as text, refused with a 413 (`tooLarge`) once it passes `maxBytes`: a declared
 * Content-Length is checked before reading, and the stream is cut as soon as it runs over, so a
 * huge or endless body is never held in memory.
 */
export async function readBodyText(
  request: Request,
  { maxBytes, tooLarge }: { maxBytes: number; tooLarge?: ErrorKey },
): Promise<string> {
  const refuse = () => new AppError("too_large", tooLarge);
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw refuse();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw refuse();
    }
    chunks.push(value);
  }
  // Like `Request#text()`: UTF-8, a leading BOM dropped, malformed bytes as U+FFFD.
  return new TextDecoder().decode(Buffer.concat(chunks));
}
