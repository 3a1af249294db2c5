import type { BelvoClient, EmploymentRecordSnapshot } from "@/lib/belvo";
import { AppError } from "@/lib/errors";

/**
 * After a link is created with `fetch_resources`, Belvo extracts the records in the background.
 * Listing them is a free GET (no IMSS query), so poll until they are there or time runs out.
 */
export async function waitForRecords(
  client: BelvoClient,
  {
    linkId,
    timeoutMs,
    intervalMs = 1000,
  }: { linkId: string; timeoutMs: number; intervalMs?: number },
): Promise<EmploymentRecordSnapshot[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await client.employmentRecords.list({ link: linkId });
    if (page.results.length > 0) return page.results;
    if (Date.now() + intervalMs > deadline) {
      throw new AppError("unavailable", "errors.connect.recordsTimeout", {
        seconds: Math.round(timeoutMs / 1000),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
