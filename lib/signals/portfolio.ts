import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FLAG_RULES } from "@/lib/metrics/flag-rules";
import type { Flag } from "@/lib/metrics/types";
import type { ObjectionPurpose } from "@/lib/privacy/rights-input";
import { DEFAULT_ORGANIZATION_SETTINGS } from "@/lib/settings/organization";

// The risk signals read across applicants, from the summaries the queue stores
// (`applicants.current_employer_id`, `applicants.nss_hash`):
// - employer concentration: the main current job of more than N applicants (distinct CURPs) is at
//   one registro patronal, and they applied within D days of each other (Settings → Monitoring);
// - shared NSS: the newest record's NSS is another CURP's in Cotiza.
// The queue's stored flags carry them (kept in step here, in the transaction that stores a
// summary); the applicant page reads them live with their facts. A dismissed signal stays out of
// the stored flags.

type Tx = Prisma.TransactionClient;

export type ConcentrationSettings = { applicants: number; days: number };

/** The keys one summary write moved: other applicants that share either may change. */
export type PortfolioKeys = {
  employerIds: readonly (string | null)[];
  nssHashes: readonly (string | null)[];
};

/**
 * Summary writes that move the portfolio signals take turns: two applicants of one employer stored
 * at once would each count without the other (PostgreSQL's default isolation reads committed rows
 * only). Any constant key: it names this one lock.
 */
const PORTFOLIO_LOCK = 5_401_733;

function withDefaults(row?: { applicants: number | null; days: number | null } | null) {
  return {
    applicants: row?.applicants ?? DEFAULT_ORGANIZATION_SETTINGS.concentrationApplicants,
    days: row?.days ?? DEFAULT_ORGANIZATION_SETTINGS.concentrationDays,
  } satisfies ConcentrationSettings;
}

async function concentrationSettings(client: Tx | ReturnType<typeof db>) {
  const row = await client.organizationSettings.findUnique({
    where: { id: 1 },
    select: { concentrationApplicants: true, concentrationDays: true },
  });
  return withDefaults(
    row && { applicants: row.concentrationApplicants, days: row.concentrationDays },
  );
}

const present = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((value): value is string => value !== null)),
];

/** Applicants who applied within `days` days of applicant `a` (SQL aliases). */
const withinDays = (b: string, a: string, days: number) =>
  Prisma.sql`${Prisma.raw(b)}.created_at BETWEEN ${Prisma.raw(a)}.created_at - make_interval(days => ${days}::int) AND ${Prisma.raw(a)}.created_at + make_interval(days => ${days}::int)`;

/** Sets or clears one code in the stored flags of the applicants `judged` (id, hit) names. */
function syncFlag(tx: Tx, code: string, judged: Prisma.Sql) {
  return tx.$executeRaw`
    WITH judged AS (${judged})
    UPDATE applicants a
    SET flags = CASE WHEN judged.hit THEN array_append(a.flags, ${code}::text)
                     ELSE array_remove(a.flags, ${code}::text) END
    FROM judged
    WHERE a.id = judged.id AND judged.hit IS DISTINCT FROM (${code}::text = ANY (a.flags))`;
}

const notDismissed = (code: string) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM signal_dismissals d WHERE d.applicant_id = a.id AND d.code = ${code})`;

const COMPARISON_OPPOSED = "PORTFOLIO_SIGNALS" satisfies ObjectionPurpose;

/**
 * Applicant `alias` may be compared with others: not blocked (lib/privacy/visible.ts) and no
 * opposition to it (an ARCO opposition, lib/privacy/objections.ts). One who may not gets no
 * portfolio signal and counts in no one else's.
 */
const comparable = (alias: string) =>
  Prisma.sql`${Prisma.raw(alias)}.blocked_at IS NULL AND NOT EXISTS (SELECT 1 FROM data_objections o WHERE o.applicant_id = ${Prisma.raw(alias)}.id AND o.purpose = ${COMPARISON_OPPOSED})`;

/**
 * Recomputes the portfolio signals of `applicantId` and of every applicant its summary write may
 * have moved: those at its old or new employer who applied within the window of it, and those with
 * its old or new NSS. Runs inside the transaction that wrote the summary.
 */
export async function syncPortfolioSignals(tx: Tx, applicantId: string, keys: PortfolioKeys) {
  // The lock, then the limits (read under it, in one round trip).
  const [row] = await tx.$queryRaw<{ applicants: number | null; days: number | null }[]>`
    SELECT s.concentration_applicants AS applicants, s.concentration_days AS days
    FROM pg_advisory_xact_lock(${PORTFOLIO_LOCK}::bigint) AS locked
    LEFT JOIN organization_settings s ON s.id = 1`;
  const settings = withDefaults(row);
  const employerIds = present(keys.employerIds);
  const nssHashes = present(keys.nssHashes);
  const concentration = "employer-concentration";
  await syncFlag(
    tx,
    concentration,
    Prisma.sql`
      SELECT a.id,
        a.current_employer_id IS NOT NULL
        AND (SELECT count(*) FROM (
              SELECT DISTINCT coalesce(b.curp_hash, b.id::text) FROM applicants b
              WHERE b.current_employer_id = a.current_employer_id
                AND ${withinDays("b", "a", settings.days)}
                AND ${comparable("b")}
              LIMIT ${settings.applicants + 1}::int) AS distinct_people) > ${settings.applicants}::int
        AND ${notDismissed(concentration)}
        AND ${comparable("a")} AS hit
      FROM applicants a
      WHERE a.id IN (
        SELECT ${applicantId}::uuid
        UNION ALL
        SELECT b.id FROM applicants b, applicants me
        WHERE me.id = ${applicantId}::uuid
          AND b.current_employer_id = ANY (${employerIds}::text[])
          AND ${withinDays("b", "me", settings.days)})`,
  );
  const sharedNss = "shared-nss";
  await syncFlag(
    tx,
    sharedNss,
    Prisma.sql`
      SELECT a.id,
        a.nss_hash IS NOT NULL
        AND EXISTS (SELECT 1 FROM applicants b
                    WHERE b.nss_hash = a.nss_hash AND b.curp_hash IS DISTINCT FROM a.curp_hash
                      AND ${comparable("b")})
        AND ${notDismissed(sharedNss)}
        AND ${comparable("a")} AS hit
      FROM applicants a
      WHERE a.id IN (
        SELECT ${applicantId}::uuid
        UNION ALL
        SELECT b.id FROM applicants b WHERE b.nss_hash = ANY (${nssHashes}::text[]))`,
  );
}

/** How many other applicants a signal's facts name, at most. */
const OTHERS_LISTED = 50;

type Other = { id: string; reference: string };

/**
 * The portfolio signals of one applicant with their facts, as the applicant page shows them
 * (dismissed or not): the same rules as `syncPortfolioSignals`.
 */
export async function portfolioSignals(applicantId: string): Promise<Flag[]> {
  const client = db();
  const settings = await concentrationSettings(client);
  const [colleagues, namesakes] = await Promise.all([
    client.$queryRaw<(Other & { person: string; employer: string; employerId: string })[]>`
      SELECT b.id, b.reference, coalesce(b.curp_hash, b.id::text) AS person,
             a.current_employer AS employer, a.current_employer_id AS "employerId"
      FROM applicants a
      JOIN applicants b ON b.current_employer_id = a.current_employer_id
                        AND ${withinDays("b", "a", settings.days)}
      WHERE a.id = ${applicantId}::uuid
        AND coalesce(b.curp_hash, b.id::text) IS DISTINCT FROM coalesce(a.curp_hash, a.id::text)
        AND ${comparable("a")} AND ${comparable("b")}
      ORDER BY b.created_at, b.id`,
    client.$queryRaw<Other[]>`
      SELECT b.id, b.reference
      FROM applicants a
      JOIN applicants b ON b.nss_hash = a.nss_hash AND b.curp_hash IS DISTINCT FROM a.curp_hash
      WHERE a.id = ${applicantId}::uuid AND ${comparable("a")} AND ${comparable("b")}
      ORDER BY b.created_at, b.id
      LIMIT ${OTHERS_LISTED}::int`,
  ]);
  const flags: Flag[] = [];
  if (namesakes.length > 0)
    flags.push({
      code: "shared-nss",
      severity: FLAG_RULES["shared-nss"].severity,
      since: null,
      facts: { others: namesakes.map(({ id, reference }) => ({ id, reference })) },
    });
  // This applicant is one of the people; each other person is counted once, by CURP.
  const people = new Map<string, Other>();
  for (const { person, id, reference } of colleagues)
    if (!people.has(person)) people.set(person, { id, reference });
  const [first] = colleagues;
  if (first && people.size + 1 > settings.applicants)
    flags.push({
      code: "employer-concentration",
      severity: FLAG_RULES["employer-concentration"].severity,
      since: null,
      facts: {
        employer: first.employer,
        employerId: first.employerId,
        applicants: people.size + 1,
        days: settings.days,
        limit: settings.applicants,
        others: [...people.values()].slice(0, OTHERS_LISTED),
      },
    });
  return flags;
}
