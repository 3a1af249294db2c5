import pg from "pg";

const FIRST =
  "Ana Luis María José Rocío Jorge Lucía Carlos Sofía Miguel Elena Diego Paola Raúl Inés Andrés Carmen Iván Beatriz Tomás".split(
    " ",
  );
const LAST =
  "Núñez Peña Ibáñez García Hernández López Martínez González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Ortiz Gutiérrez Chávez Ruiz Mendoza Castillo".split(
    " ",
  );
const EMPLOYERS =
  "Grupo Bimbo;Oxxo;Telmex;Walmart de México;Cemex;Liverpool;Banorte;Coppel;Pemex;Femsa".split(";");

const sqlArray = (items: readonly string[]) =>
  `ARRAY[${items.map((item) => `'${item.replaceAll("'", "''")}'`).join(",")}]`;
const pick = (items: readonly string[], expr: string) =>
  `(${sqlArray(items)})[1 + (${expr}) % ${items.length}]`;

/**
 * Inserts `count` applicants in one `INSERT … SELECT generate_series` (seconds, not minutes), with
 * the spread of a real queue: ~80% IMSS, some without records, links in every status, flags.
 */
export async function seedQueue(options: {
  databaseUrl: string;
  count: number;
  userIds: readonly [string, string];
  knownCurpHash: string;
}): Promise<void> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const [me, other] = options.userIds;
  try {
    await client.query("SELECT setseed(0.42)");
    await client.query(`
      INSERT INTO applicants (id, name, reference, institution, curp_hash, assigned_to_id, created_at,
        updated_at, employment_status, current_employer, current_job_start, monthly_income, score_12,
        flags, data_as_of)
      SELECT gen_random_uuid(),
        ${pick(FIRST, "i")} || ' ' || ${pick(LAST, "i / 20")} || ' ' || ${pick(LAST, "i / 7")},
        'BENCH-' || lpad(i::text, 6, '0'),
        (CASE WHEN r.inst < 0.80 THEN 'IMSS' WHEN r.inst < 0.95 THEN 'ISSSTE' ELSE 'SANDBOX' END)::"Institution",
        CASE WHEN i = 4242 THEN '${options.knownCurpHash}' ELSE md5(i::text) END,
        CASE WHEN r.assign < 0.3 THEN '${me}'::uuid WHEN r.assign < 0.5 THEN '${other}'::uuid END,
        now() - (r.created * interval '730 days'), now(),
        CASE WHEN r.job < 0.85 THEN 'employed' ELSE 'unemployed' END,
        CASE WHEN r.job < 0.85 THEN ${pick(EMPLOYERS, "i / 3")} END,
        CASE WHEN r.job < 0.85 THEN (current_date - (r.tenure * 7300)::int) END,
        CASE WHEN r.job < 0.85 THEN round((5000 + r.income * 85000)::numeric, 2) END,
        CASE WHEN r.inst < 0.80 THEN 300 + (r.score * 600)::int END,
        array_remove(ARRAY[
          CASE WHEN r.tenure < 0.025 THEN 'recent-hire' END,
          CASE WHEN r.job >= 0.85 THEN 'recent-exit' END,
          CASE WHEN r.flag1 < 0.12 THEN 'past-gap' END,
          CASE WHEN r.flag2 < 0.10 THEN 'salary-cut' END,
          CASE WHEN r.flag3 < 0.05 THEN 'redeemed-weeks' END,
          CASE WHEN r.income > 0.97 THEN 'capped-salary' END,
          CASE WHEN r.asof > 0.8 THEN 'old-gap' END,
          CASE WHEN r.inst >= 0.80 AND r.inst < 0.95 THEN 'issste' END
        ]::text[], NULL),
        CASE WHEN r.asof < 0.97 THEN now() - (r.asof * interval '200 days') END
      FROM generate_series(1, ${options.count}) AS i,
        LATERAL (SELECT i AS seq, random() AS inst, random() AS assign, random() AS created,
          random() AS job, random() AS tenure, random() AS income, random() AS score,
          random() AS flag1, random() AS flag2, random() AS flag3, random() AS asof) AS r`);
    await client.query(`
      INSERT INTO links (id, applicant_id, belvo_id, institution, access_mode, status,
        belvo_created_at, updated_at)
      SELECT gen_random_uuid(), id, 'bench-' || id, 'imss_mx_employment', 'SINGLE',
        (ARRAY['VALID','VALID','VALID','VALID','VALID','INVALID','UNCONFIRMED','TOKEN_REQUIRED'])
          [1 + floor(random() * 8)::int]::"LinkStatus", now(), now()
      FROM applicants WHERE reference LIKE 'BENCH-%' AND random() < 0.95`);
    // As autovacuum would have by now: fresh statistics and a visibility map for index-only scans.
    await client.query("VACUUM ANALYZE applicants");
    await client.query("VACUUM ANALYZE links");
  } finally {
    await client.end();
  }
}
