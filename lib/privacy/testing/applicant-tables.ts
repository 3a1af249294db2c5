import { db } from "@/lib/db";

// Which tables hold rows about one applicant, read from the database's own catalog, so a table
// added later is found without anyone listing it: every table with an `applicant_id` column or a
// foreign key to `applicants`, the tables that hang from those by foreign keys (a pull's jobs,
// their salary movements…), and `institution_queries`, which names the applicant by CURP hash.

type ForeignKey = { child: string; childColumn: string; parent: string; parentColumn: string };

const foreignKeys = () =>
  db().$queryRaw<ForeignKey[]>`
    SELECT kcu.table_name AS child, kcu.column_name AS "childColumn",
           ccu.table_name AS parent, ccu.column_name AS "parentColumn"
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu
      ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`;

const applicantIdTables = () =>
  db().$queryRaw<{ table: string }[]>`
    SELECT DISTINCT table_name AS table FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'applicant_id'`;

/**
 * Each table that mentions an applicant, with the SQL condition (on `$1`, the applicant's id)
 * that selects that applicant's rows in it.
 */
export async function applicantTables(): Promise<Map<string, string>> {
  const [keys, direct] = await Promise.all([foreignKeys(), applicantIdTables()]);
  const conditions = new Map<string, string>([
    ["applicants", "id = $1::uuid"],
    ["institution_queries", "curp_hash = (SELECT curp_hash FROM applicants WHERE id = $1::uuid)"],
  ]);
  for (const { table } of direct) conditions.set(table, "applicant_id = $1::uuid");
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      const parent = conditions.get(key.parent);
      if (parent === undefined || conditions.has(key.child)) continue;
      conditions.set(
        key.child,
        `"${key.childColumn}" IN (SELECT "${key.parentColumn}" FROM "${key.parent}" WHERE ${parent})`,
      );
      grew = true;
    }
  }
  return conditions;
}

/** How many rows of `table` are about the applicant, by its condition. */
export async function rowsAbout(table: string, condition: string, applicantId: string) {
  const [row] = await db().$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM "${table}" WHERE ${condition}`,
    applicantId,
  );
  return row?.count ?? 0;
}
