/** Connection fields kept apart, so a second database on the same server is a one-field change. */
export interface ConnectionFields {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
}

/** Splits a `postgres://` / `postgresql://` URL into discrete fields. */
export function parseDatabaseUrl(databaseUrl: string): ConnectionFields {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error(
      "DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database).",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must use postgresql://, not ${url.protocol}//.`);
  }
  const schema = url.searchParams.get("schema");
  // Migrations, the shadow database and the app all assume the default schema.
  if (schema !== null && schema !== "public") {
    throw new Error(
      `DATABASE_URL asks for schema "${schema}"; only the default "public" schema is supported.`,
    );
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
  };
}

/** Builds a URL for `fields`, e.g. a sibling database on the same server. */
export function formatDatabaseUrl(fields: ConnectionFields): string {
  const auth =
    encodeURIComponent(fields.user) +
    (fields.password === undefined ? "" : `:${encodeURIComponent(fields.password)}`);
  const host = fields.host.includes(":") ? `[${fields.host}]` : fields.host;
  return `postgresql://${auth}@${host}:${fields.port}/${encodeURIComponent(fields.database)}`;
}

/** Where a URL points, safe to print: never shows the password. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const fields = parseDatabaseUrl(databaseUrl);
  return `database "${fields.database}" on ${fields.host}:${fields.port}`;
}
