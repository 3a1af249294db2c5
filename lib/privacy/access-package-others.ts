import "server-only";
import { decryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";

// An access package is about one person. Words staff wrote (a dismissed signal's reason, a note)
// and the JSON facts stored with changes, alerts and audit entries may name someone else: another
// applicant who shares an employer or an NSS, a colleague by id. Those mentions are masked, and
// staff ids become their names.

export const OTHER_PERSON = "•••";

/** The fields that hold free text or JSON facts, per section (table). */
export const WRITTEN_FIELDS = {
  snapshot_changes: ["details"],
  alerts: ["details", "note", "resolutionNote"],
  decisions: ["note", "amendReason", "signOffNote"],
  signal_dismissals: ["reason"],
  data_disputes: ["subject", "reason"],
  data_objections: ["note"],
  consent_revocations: ["note"],
  audit_events: ["details"],
  invites: ["lastEvent"],
  arco_requests: ["response"],
} as const;

/** Shorter names (a first name alone) match too much ordinary text to be masked reliably. */
const SHORTEST_NAME = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURP = /\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d\b/gi;
const RFC = /\b[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}\b/gi;
/** Eleven digits, also written in groups (12-34-56-7890-1). */
const NSS = /\b\d{2}[- ]?\d{2}[- ]?\d{2}[- ]?\d{4}[- ]?\d\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

type Rows = readonly Record<string, unknown>[];
type Sections = Record<string, Rows>;
export type Person = {
  id: string;
  name: string;
  reference: string;
  curpHash: string | null;
  nssHash: string | null;
  curpCiphertext?: string | null;
  emailCiphertext?: string | null;
};

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]),
    );
  return value;
}

function writtenTexts(sections: Sections): string[] {
  return Object.entries(WRITTEN_FIELDS).flatMap(([table, fields]) =>
    (sections[table] ?? []).flatMap((row) => fields.flatMap((field) => stringsIn(row[field]))),
  );
}

/** Other applicants' ids, references and full names found in `texts`. */
async function otherApplicantsNamed(person: Person, texts: string[]): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string; reference: string; name: string }[]>`
    SELECT b.id::text AS id, b.reference, b.name
    FROM applicants b
    WHERE b.id <> ${person.id}::uuid
      AND EXISTS (
        SELECT 1 FROM unnest(${texts}::text[]) AS t(body)
        WHERE strpos(t.body, b.id::text) > 0
           OR strpos(t.body, b.reference) > 0
           OR (char_length(b.name) >= ${SHORTEST_NAME}::int
               AND strpos(lower(t.body), lower(b.name)) > 0))`;
  return rows.flatMap((row) => [
    row.id,
    row.reference,
    ...(row.name.length >= SHORTEST_NAME ? [row.name] : []),
  ]);
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]);

/**
 * Identifiers in `texts` that are not the person's own, whoever they belong to (Cotiza holds
 * them or not, in any case or spacing): CURPs, RFCs (a person's starts as their CURP does), NSSs
 * and email addresses.
 */
function foreignIdentifiers(person: Person, texts: string[]): string[] {
  const ownCurp = person.curpCiphertext ? decryptField(person.curpCiphertext).toUpperCase() : "";
  const ownEmail = person.emailCiphertext ? decryptField(person.emailCiphertext).toLowerCase() : "";
  return texts.flatMap((text) => [
    ...matches(text, CURP).filter((curp) => lookupHash(curp.toUpperCase()) !== person.curpHash),
    ...matches(text, RFC).filter(
      (rfc) => !ownCurp || rfc.toUpperCase().slice(0, 10) !== ownCurp.slice(0, 10),
    ),
    ...matches(text, NSS).filter((nss) => lookupHash(nss.replace(/\D/g, "")) !== person.nssHash),
    ...matches(text, EMAIL).filter((email) => email.toLowerCase() !== ownEmail),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces every mention of `tokens` (any case), longest first, with the mask. */
function masker(person: Person, tokens: string[]): (text: string) => string {
  const ownWords = `${person.name}\n${person.reference}`.toLowerCase();
  // A token inside the person's own name or reference names them too: it stays.
  const masked = [...new Set(tokens)]
    .filter((token) => token.length > 0 && !ownWords.includes(token.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  if (masked.length === 0) return (text) => text;
  // Whole words only: a short reference must not blank out part of an amount or a word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${masked.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return (text) => text.replace(pattern, OTHER_PERSON);
}

/** Staff ids in the audit entries' details, as their names. */
async function staffNamer(sections: Sections): Promise<(text: string) => string> {
  const ids = [
    ...new Set(
      (sections.audit_events ?? []).flatMap((row) =>
        stringsIn(row.details).filter((text) => UUID.test(text)),
      ),
    ),
  ];
  const users = ids.length
    ? await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  return (text) => nameOf.get(text) ?? text;
}

/**
 * The sections with staff ids named and every mention of another person masked, in the written
 * fields (`WRITTEN_FIELDS`); the other fields are this person's own data.
 */
export async function withoutOtherPeople<S extends Sections>(person: Person, sections: S) {
  // Each distinct text once: the same audit words repeat in many entries.
  const texts = [...new Set(writtenTexts(sections))].filter((text) => text.length > 0);
  const [applicants, identifiers, nameStaff] = await Promise.all([
    texts.length ? otherApplicantsNamed(person, texts) : [],
    foreignIdentifiers(person, texts),
    staffNamer(sections),
  ]);
  const mask = masker(person, [...applicants, ...identifiers]);
  const clean = (text: string) => mask(nameStaff(text));
  const result: Sections = { ...sections };
  for (const [table, fields] of Object.entries(WRITTEN_FIELDS)) {
    const rows = sections[table];
    if (rows)
      result[table] = rows.map((row) => ({
        ...row,
        ...Object.fromEntries(fields.map((field) => [field, mapStrings(row[field], clean)])),
      }));
  }
  return result as S;
}
