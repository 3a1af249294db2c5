import { csvRow, UTF8_BOM, type CsvValue } from "./csv";

export interface ExportBatch<Row> {
  rows: Row[];
  /** Applicants covered by this batch: progress is counted in applicants, known up front. */
  applicants: number;
}

export interface ExportCounts {
  rows: number;
  applicants: number;
}

export type ExportOutcome = "complete" | "cancelled" | "failed";

/**
 * A CSV file as a byte stream that reads the next batch only when the client has taken the last
 * one (pull-based): memory stays at one batch whatever the size, and a slow download slows the
 * database reads instead of buffering. `onEnd` runs once, whether the file completed, the
 * client went away, or reading failed.
 */
export function csvStream<Row>(options: {
  header: readonly string[];
  cells: (row: Row) => CsvValue[];
  batches: AsyncIterable<ExportBatch<Row>>;
  /** Awaited before the next batch is read. */
  onProgress?: (counts: ExportCounts) => Promise<void> | void;
  onEnd?: (counts: ExportCounts, outcome: ExportOutcome, error?: unknown) => Promise<void> | void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = options.batches[Symbol.asyncIterator]();
  const counts: ExportCounts = { rows: 0, applicants: 0 };
  let ended = false;
  const end = async (outcome: ExportOutcome, error?: unknown) => {
    if (ended) return;
    ended = true;
    await options.onEnd?.({ ...counts }, outcome, error);
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(options.header)));
      },
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            await end("complete");
            controller.close();
            return;
          }
          const { rows, applicants } = next.value;
          counts.rows += rows.length;
          counts.applicants += applicants;
          if (rows.length) {
            controller.enqueue(
              encoder.encode(rows.map((row) => csvRow(options.cells(row))).join("")),
            );
          }
          await options.onProgress?.({ ...counts });
        } catch (error) {
          await end("failed", error);
          // The caller logged a safe summary; the raw error (query text) must not reach the logs.
          controller.error(new Error("The export failed part-way."));
        }
      },
      async cancel() {
        await end("cancelled");
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
