import pg from "pg";

/**
 * Records the SQL text of every statement the app sends through `pg` (Prisma's adapter included)
 * while `run` runs: for tests that pin how many database round trips a request costs.
 */
export async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    sent.push(typeof config === "string" ? config : String((config as { text?: unknown }).text));
    return Reflect.apply(query, this, args) as unknown;
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}
