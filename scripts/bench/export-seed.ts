import pg from "pg";

const EMPLOYERS =
  "Grupo Bimbo S.A.B. de C.V.;Cadena Comercial Oxxo S.A. de C.V.;Teléfonos de México S.A.B. de C.V.;Nueva Wal-Mart de México S. de R.L. de C.V.;Cemex S.A.B. de C.V.;El Puerto de Liverpool S.A.B. de C.V.".split(
    ";",
  );
const STATES = ["CIUDAD DE MEXICO", "JALISCO", "NUEVO LEON", "PUEBLA", "YUCATAN", "QUINTANA ROO"];

const sqlArray = (items: readonly string[]) =>
  `ARRAY[${items.map((item) => `'${item.replaceAll("'", "''")}'`).join(",")}]`;

/**
 * Gives every seeded applicant (`BENCH-…`) one set of records: `jobsPerApplicant` jobs with
 * `movementsPerJob` salary movements each, in three `INSERT … SELECT` statements.
 */
export async function seedRecords(options: {
  databaseUrl: string;
  jobsPerApplicant: number;
  movementsPerJob: number;
}): Promise<void> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO snapshots (id, applicant_id, belvo_record_id, collected_at, payload_ciphertext,
        official_name, weeks_contributed)
      SELECT gen_random_uuid(), id, 'bench-' || id, now(), 'bench', upper(name), 500
      FROM applicants WHERE reference LIKE 'BENCH-%'`);
    await client.query(`
      INSERT INTO snapshot_jobs (id, snapshot_id, position, employer, employer_id, state,
        start_date, end_date, weeks_employed, last_daily_salary, monthly_salary)
      SELECT gen_random_uuid(), s.id, j,
        (${sqlArray(EMPLOYERS)})[1 + (abs(hashtext(s.id::text)) + j) % ${EMPLOYERS.length}],
        'Y' || lpad((abs(hashtext(s.id::text || j)) % 1000000000)::text, 10, '0'),
        (${sqlArray(STATES)})[1 + (abs(hashtext(s.id::text)) + j) % ${STATES.length}],
        current_date - (300 + j * 1500),
        CASE WHEN j > 0 THEN current_date - (j * 1500 - 500) END,
        200 - j, round((400 + j * 35.5)::numeric, 2), round(((400 + j * 35.5) * 30.4)::numeric, 2)
      FROM snapshots s, generate_series(0, ${options.jobsPerApplicant - 1}) AS j
      WHERE s.belvo_record_id LIKE 'bench-%'`);
    await client.query(`
      INSERT INTO salary_movements (id, job_id, position, event, date, daily_salary)
      SELECT gen_random_uuid(), sj.id, m,
        CASE WHEN m = 0 THEN 'ALTA' ELSE 'MODIFICACION SALARIAL' END,
        sj.start_date + m * 60, round((300 + m * 12.5)::numeric, 2)
      FROM snapshot_jobs sj, generate_series(0, ${options.movementsPerJob - 1}) AS m`);
    for (const table of ["snapshots", "snapshot_jobs", "salary_movements"]) {
      await client.query(`VACUUM ANALYZE ${table}`);
    }
  } finally {
    await client.end();
  }
}
