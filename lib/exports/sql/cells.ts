import "server-only";
import { sqlLiteral } from "@/lib/db/copy";
import { neutralizeFormula } from "../csv";

// Cell values written by PostgreSQL exactly as lib/exports/csv.ts and values.ts write them in
// JavaScript: COPY's CSV quoting is RFC 4180's (fields holding a comma, quote, CR or LF are
// quoted, quotes doubled), so only the text itself has to match. Empty text becomes NULL, which
// COPY writes as nothing (it would quote an empty string).

/**
 * Marks a cell that JavaScript finishes (an identifier to decrypt, an employer whose parts need
 * Unicode-aware comparison): the SQL writes U+0001 then the raw value, and csv-lines.ts replaces
 * it. Every value of such a column that begins with U+0001 is marked, so the mark is unambiguous.
 */
export const FINISH_MARK = "\u0001";

/**
 * `neutralizeFormula`: a leading = + - @ tab or CR gets an apostrophe, plain numbers aside. The
 * first character is compared before any pattern: a regular expression on every cell would cost
 * more than the rest of the row.
 */
export function textCell(expression: string): string {
  const e = expression;
  const first = `left(${e}, 1)`;
  return `NULLIF(CASE WHEN ${first} IN ('=', '+', '@', E'\\t', E'\\r') OR (${first} = '-' AND ${e} !~ '^-[0-9]+(\\.[0-9]+)?$') THEN '''' || ${e} ELSE ${e} END, '')`;
}

/** A number (integer or numeric with its scale) as its plain decimal text. */
export const numberCell = (expression: string) => `(${expression})::text`;

/** `isoInstant`: UTC, whole seconds (milliseconds cut, not rounded), `Z`. */
export const instantCell = (expression: string) =>
  `to_char((${expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** `isoDay` of a date column. */
export const dayCell = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD')`;

/** A value JavaScript finishes (see FINISH_MARK); NULL stays empty. */
export const finishedCell = (expression: string) =>
  `(${sqlLiteral(FINISH_MARK)} || (${expression}))`;

/**
 * Stored codes turned into their words (given in the file's language); any other value is
 * written as stored. For a list's items, joined before they become a cell.
 */
export function wordsCase(expression: string, words: readonly (readonly [string, string])[]) {
  const branches = words.map(([code, word]) => `WHEN ${sqlLiteral(code)} THEN ${sqlLiteral(word)}`);
  return `(CASE ${expression} ${branches.join(" ")} ELSE ${expression} END)`;
}

/**
 * `wordsCase` as a whole cell: the words are made inert here in JavaScript, so the database
 * checks only values written as stored, and `ifNull` gives the word for no value.
 */
export function wordsCell(
  expression: string,
  words: readonly (readonly [string, string])[],
  ifNull?: string,
): string {
  const word = (text: string) => (text ? sqlLiteral(neutralizeFormula(text)) : "NULL");
  const branches = words.map(([code, text]) => `WHEN ${sqlLiteral(code)} THEN ${word(text)}`);
  // An enum is compared as itself (the codes are read as its values) and cast only when unknown.
  const known = `(CASE ${expression} ${branches.join(" ")} ELSE ${textCell(`(${expression})::text`)} END)`;
  return ifNull === undefined
    ? known
    : `(CASE WHEN ${expression} IS NULL THEN ${word(ifNull)} ELSE ${known} END)`;
}

// What JavaScript's String.prototype.trim removes (WhiteSpace and LineTerminator), and the mark.
const EDGES =
  "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001";

/**
 * `employerLabel` (lib/applicant/employer-label.ts). Most employers are one IMSS name with nothing
 * to trim, written as they are; an ISSSTE "agency;employer" (whose halves are compared in Spanish
 * collation) or a name with spaces at either end is finished in JavaScript.
 */
export function employerCell(expression: string): string {
  const e = expression;
  const edge = (end: string) => `strpos(${sqlLiteral(EDGES)}, ${end}(${e}, 1)) > 0`;
  return `(CASE WHEN ${e} = '' THEN NULL WHEN strpos(${e}, ';') > 0 OR ${edge("left")} OR ${edge("right")} THEN ${finishedCell(e)} ELSE ${textCell(e)} END)`;
}
