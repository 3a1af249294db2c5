import "server-only";
import type { CopyOut } from "@/lib/db/copy";
import { csvRow, UTF8_BOM } from "./csv";
import { CsvLines, type CopyExport } from "./csv-lines";

export interface ExportCounts {
  rows: number;
  applicants: number;
}

export type ExportOutcome = "complete" | "cancelled" | "failed";

/**
 * A CSV file as a byte stream: the byte-order mark and the header row from here, then the rows
 * as PostgreSQL's COPY writes them (csv-lines.ts ends them with CRLF and finishes marked cells).
 * The next chunk is read only when the client has taken the last one, and COPY's stream pauses
 * the connection meanwhile, so memory stays flat whatever the size. `onEnd` runs once, whether
 * the file completed, the client went away, or reading failed.
 */
export function copyCsvStream(options: {
  header: readonly string[];
  copy: CopyExport;
  /** Starts the COPY (on the first read, so a file nobody reads runs no query). */
  open: (select: string) => Promise<CopyOut>;
  /** Rows are applicants (queue), or the ordinal column counts them (history files). */
  applicants: (lines: CsvLines) => number;
  /** Awaited before the next chunk is read. */
  onProgress?: (counts: ExportCounts) => Promise<void> | void;
  onEnd?: (counts: ExportCounts, outcome: ExportOutcome, error?: unknown) => Promise<void> | void;
}): ReadableStream<Uint8Array> {
  const lines = new CsvLines(options.copy);
  const counts = (): ExportCounts => ({ rows: lines.rows, applicants: options.applicants(lines) });
  let copy: CopyOut | undefined;
  let chunks: AsyncIterator<Buffer> | undefined;
  let ended = false;
  const end = async (outcome: ExportOutcome, error?: unknown) => {
    if (ended) return;
    ended = true;
    if (outcome !== "complete") copy?.abort();
    await options.onEnd?.(counts(), outcome, error);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(Buffer.from(UTF8_BOM + csvRow(options.header)));
      },
      async pull(controller) {
        try {
          copy ??= await options.open(options.copy.select);
          chunks ??= copy.chunks[Symbol.asyncIterator]();
          const next = await chunks.next();
          const bytes = next.done ? lines.end() : lines.push(next.value);
          if (bytes.length) controller.enqueue(bytes);
          if (next.done) {
            await end("complete");
            controller.close();
            return;
          }
          await options.onProgress?.(counts());
        } catch (error) {
          await end("failed", error);
          // The caller logged a safe summary; the raw error (query text) must not reach the logs.
          controller.error(new Error("The export failed part-way."));
        }
      },
      async cancel() {
        await end("cancelled");
      },
    },
    { highWaterMark: 1 },
  );
}
