import pg from "pg";

/** Runs one query on a short-lived connection; for tests that inspect a database directly. */
export async function selectRows(
  databaseUrl: string,
  sql: string,
): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<Record<string, unknown>>(sql);
    return result.rows;
  } finally {
    await client.end();
  }
}

/** The public schema's tables and columns, as one comparable list. */
export async function describeColumns(databaseUrl: string): Promise<string[]> {
  const rows = await selectRows(
    databaseUrl,
    `select table_name, column_name, data_type, is_nullable, column_default
       from information_schema.columns where table_schema = 'public'
      order by table_name, ordinal_position`,
  );
  return rows.map((row) => Object.values(row).map(String).join(" "));
}
