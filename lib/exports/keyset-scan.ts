import "server-only";
import { queueAfter, type QueuePosition, type SortKey } from "@/lib/queue/query";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Reads applicants in the queue's order, `batchSize` at a time, whatever their number: each batch
 * starts after the last row of the one before (a keyset), so memory stays constant and no batch
 * re-reads the rows before it the way OFFSET would.
 */
export async function* keysetScan<Row extends { id: string }>(options: {
  key: SortKey;
  batchSize: number;
  fetch: (after: Prisma.ApplicantWhereInput, take: number) => Promise<Row[]>;
}): AsyncGenerator<Row[]> {
  const { key, batchSize } = options;
  const parts = key.nullable ? (["present", "empty"] as const) : (["present"] as const);
  for (const part of parts) {
    let after: QueuePosition | null = null;
    for (;;) {
      const rows = await options.fetch(queueAfter(key, part, after), batchSize);
      if (rows.length) yield rows;
      if (rows.length < batchSize) break;
      const last = rows[rows.length - 1] as Row & Record<string, unknown>;
      // Without the sort value Prisma would drop the condition and the scan would lose its order.
      if (last[key.field] === undefined) throw new Error(`keysetScan: select ${key.field}.`);
      after = { id: last.id, value: last[key.field] };
    }
  }
}
