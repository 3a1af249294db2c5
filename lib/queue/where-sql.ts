import "server-only";
import { sqlLiteral } from "@/lib/db/copy";
import type { Prisma } from "@/lib/generated/prisma/client";

// The queue's filter as SQL text, for what Prisma cannot say: an export written by COPY, and the
// queue's count of its first matches in no order (Prisma orders a `take`, which makes the database
// find every match first). Rather than a second copy of the queue's rules, the very Prisma filter
// the queue uses (lib/queue/query.ts) is translated, so a rule changed there reaches both. The
// translation knows the shapes that filter is made of; anything else throws instead of being read
// loosely (where-sql.test.ts compares the rows).

/** `applicants` columns by Prisma field; `date` and `timestamptz` columns take Date values. */
const APPLICANT_COLUMNS: Record<string, { column: string; type?: "date" | "timestamptz" }> = {
  id: { column: "id" },
  name: { column: "name" },
  nameSearch: { column: "name_search" },
  reference: { column: "reference" },
  institution: { column: "institution" },
  curpHash: { column: "curp_hash" },
  decisionStatus: { column: "decision_status" },
  linkStatus: { column: "link_status" },
  score12: { column: "score_12" },
  monthlyIncome: { column: "monthly_income" },
  flags: { column: "flags" },
  assignedToId: { column: "assigned_to_id" },
  dataAsOf: { column: "data_as_of", type: "timestamptz" },
  blockedAt: { column: "blocked_at", type: "timestamptz" },
  createdAt: { column: "created_at", type: "timestamptz" },
  currentJobStart: { column: "current_job_start", type: "date" },
};

const LINK_COLUMNS: Record<string, { column: string }> = {
  accessMode: { column: "access_mode" },
  status: { column: "status" },
};

type Columns = typeof APPLICANT_COLUMNS;

function unsupported(what: string): never {
  throw new Error(`Queue filter: ${what} has no SQL translation.`);
}

function value(input: unknown, type?: "date" | "timestamptz"): string {
  if (input instanceof Date) {
    if (!type) unsupported("a date on a column that holds none");
    return `${sqlLiteral(input.toISOString())}::${type}`;
  }
  if (typeof input === "string") return sqlLiteral(input);
  if (typeof input === "number" && Number.isFinite(input)) return String(input);
  return unsupported(`a value of type ${typeof input}`);
}

const COMPARISONS: Record<string, string> = { lt: "<", lte: "<=", gt: ">", gte: ">=" };

function fieldCondition(
  column: string,
  type: "date" | "timestamptz" | undefined,
  filter: unknown,
): string {
  if (filter === null) return `${column} IS NULL`;
  if (typeof filter !== "object" || filter instanceof Date) {
    return `${column} = ${value(filter, type)}`;
  }
  const entries = Object.entries(filter as Record<string, unknown>);
  const insensitive = (filter as { mode?: string }).mode === "insensitive";
  const like = insensitive ? "ILIKE" : "LIKE";
  const parts = entries.flatMap(([operator, operand]): string[] => {
    if (operator === "mode") return [];
    if (operator in COMPARISONS) {
      return [`${column} ${COMPARISONS[operator]} ${value(operand, type)}`];
    }
    switch (operator) {
      case "equals":
        return [fieldCondition(column, type, operand)];
      case "not":
        if (operand === null) return [`${column} IS NOT NULL`];
        return unsupported("`not` with a value");
      case "in":
        if (!Array.isArray(operand)) return unsupported("`in` without a list");
        return [
          operand.length
            ? `${column} IN (${operand.map((item) => value(item, type)).join(", ")})`
            : "FALSE",
        ];
      case "hasSome":
        if (!Array.isArray(operand)) return unsupported("`hasSome` without a list");
        return [
          operand.length
            ? `${column} && ARRAY[${operand.map((item) => value(item)).join(", ")}]::text[]`
            : "FALSE",
        ];
      // Prisma 7 sends the text unescaped: `%`, `_` and `\` keep their LIKE meaning in the queue,
      // so they do in its exports too (where-sql.test.ts pins this).
      case "contains":
        return [`${column} ${like} ${sqlLiteral(`%${String(operand)}%`)}`];
      case "startsWith":
        return [`${column} ${like} ${sqlLiteral(`${String(operand)}%`)}`];
      default:
        return unsupported(`the operator \`${operator}\``);
    }
  });
  return parts.length ? parts.join(" AND ") : "TRUE";
}

function conditions(where: object, alias: string, columns: Columns): string[] {
  return Object.entries(where).map(([key, filter]) => {
    if (filter === undefined) return "TRUE";
    if (key === "AND" || key === "OR") {
      const list = (Array.isArray(filter) ? filter : [filter]) as object[];
      if (!list.length) return key === "AND" ? "TRUE" : "FALSE";
      return `(${list.map((item) => clause(item, alias, columns)).join(` ${key} `)})`;
    }
    if (key === "link" && columns === APPLICANT_COLUMNS) return linkCondition(filter, alias);
    const field = columns[key];
    if (!field) return unsupported(`the field \`${key}\``);
    return fieldCondition(`${alias}.${field.column}`, field.type, filter);
  });
}

function clause(where: object, alias: string, columns: Columns): string {
  const parts = conditions(where, alias, columns);
  return parts.length ? `(${parts.join(" AND ")})` : "TRUE";
}

/** The applicant's link (at most one): `{ is: null }` or `{ is: { …link fields } }`. */
function linkCondition(filter: unknown, alias: string): string {
  const keys = filter && typeof filter === "object" ? Object.keys(filter) : [];
  if (keys.length !== 1 || keys[0] !== "is") return unsupported("a link filter other than `is`");
  const is = (filter as { is: object | null }).is;
  const link = `SELECT 1 FROM links l WHERE l.applicant_id = ${alias}.id`;
  if (is === null) return `NOT EXISTS (${link})`;
  return `EXISTS (${link} AND ${clause(is, "l", LINK_COLUMNS)})`;
}

/** `where` as a SQL condition on the applicants table under `alias`. */
export function applicantWhereSql(where: Prisma.ApplicantWhereInput, alias = "a"): string {
  return clause(where, alias, APPLICANT_COLUMNS);
}

/** `orderBy` (a list of one-field objects) as a SQL ORDER BY list on `alias`. */
export function applicantOrderSql(
  orderBy: readonly Prisma.ApplicantOrderByWithRelationInput[],
  alias = "a",
): string {
  return orderBy
    .map((order) => {
      const entries = Object.entries(order);
      if (entries.length !== 1) return unsupported("an order on several fields at once");
      const [field, spec] = entries[0] as [string, unknown];
      const column = APPLICANT_COLUMNS[field]?.column ?? unsupported(`the order by \`${field}\``);
      if (spec === "asc" || spec === "desc") return `${alias}.${column} ${spec.toUpperCase()}`;
      const { sort, nulls } = spec as { sort?: string; nulls?: string };
      if ((sort !== "asc" && sort !== "desc") || (nulls !== "first" && nulls !== "last")) {
        return unsupported("this order");
      }
      return `${alias}.${column} ${sort.toUpperCase()} NULLS ${nulls.toUpperCase()}`;
    })
    .join(", ");
}
