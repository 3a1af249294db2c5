import pg from "pg";
import { describe, expect, it } from "vitest";
import { startPGliteServer } from "./server.mjs";

describe("PGlite over the wire, many connections", () => {
  it("keeps each connection's extended-protocol messages together, with transactions in the mix", async () => {
    const server = await startPGliteServer();
    const pool = new pg.Pool({ connectionString: server.url, max: 10 });
    const errors: string[] = [];
    try {
      await Promise.all(
        Array.from({ length: 600 }, async (_, n) => {
          try {
            if (n % 3 === 0) {
              const client = await pool.connect();
              try {
                await client.query("BEGIN");
                expect((await client.query("SELECT $1::int AS a", [n])).rows).toEqual([{ a: n }]);
                await client.query("COMMIT");
              } finally {
                client.release();
              }
            } else if (n % 3 === 1) {
              const { rows } = await pool.query("SELECT $1::int + $2::int + $3::int AS x", [
                n,
                1,
                2,
              ]);
              expect(rows).toEqual([{ x: n + 3 }]);
            } else {
              const { rows } = await pool.query(
                "SELECT $1::int AS x, $2::text AS y, $3::text AS z, $4::text AS w",
                [n, "a", "b", "c"],
              );
              expect(rows).toEqual([{ x: n, y: "a", z: "b", w: "c" }]);
            }
          } catch (error) {
            errors.push(error instanceof Error ? error.message : String(error));
          }
        }),
      );
    } finally {
      await pool.end();
      await server.close();
    }
    expect(errors).toEqual([]);
  });
});
