import { DECISION_STATUS_KEYS } from "@/lib/applicant/decision-status";
import type { Fact } from "@/lib/report/present";
import type { AccessPackage } from "./access-package";
import {
  arcoTable,
  auditTable,
  consentsTable,
  decisionsTable,
  employersTable,
  salariesTable,
} from "./access-package-tables";
import {
  newestSnapshot,
  summaryWords,
  type SummaryOptions,
  type SummaryTable,
  type SummaryWords,
} from "./access-package-words";

export type { SummaryOptions } from "./access-package-words";

/** The readable summary of an access package, as words ready to lay out (the PDF only draws it). */
export interface AccessSummaryModel {
  lang: string;
  title: string;
  subtitle: string;
  lender: string;
  header: Fact[];
  person: { title: string; facts: Fact[]; note: string | null };
  contents: SummaryTable;
  tables: SummaryTable[];
  footer: (page: number, total: number) => string;
}

function header(pkg: AccessPackage, options: SummaryOptions, { t, f }: SummaryWords): Fact[] {
  const request = options.request;
  return [
    { label: t("header.reference"), value: pkg.applicant.reference },
    { label: t("header.generatedAt"), value: f.dateTime(pkg.generatedAt) },
    ...(request
      ? [
          { label: t("header.receivedOn"), value: f.date(request.receivedOn) },
          { label: t("header.requester"), value: request.requesterName },
        ]
      : []),
  ];
}

function person(pkg: AccessPackage, words: SummaryWords) {
  const { t, tc, tcommon, f } = words;
  const [applicant] = pkg.sections.applicants;
  const newest = newestSnapshot(pkg.sections);
  const shown = (value: string | null | undefined) => value ?? t("person.notReported");
  const facts: Fact[] = applicant
    ? [
        { label: t("person.name"), value: applicant.name },
        { label: t("person.officialName"), value: shown(newest?.officialName) },
        { label: t("header.reference"), value: applicant.reference },
        { label: t("person.institution"), value: tc(`institution.${applicant.institution}`) },
        { label: "CURP", value: shown(applicant.curp) },
        { label: "NSS", value: shown(newest?.nss) },
        { label: "RFC", value: shown(newest?.rfc) },
        { label: t("person.email"), value: shown(applicant.email) },
        {
          label: t("person.birthDate"),
          value: newest?.birthDate ? f.date(newest.birthDate) : shown(null),
        },
        { label: t("person.createdAt"), value: f.dateTime(applicant.createdAt) },
        {
          label: t("person.decisionStatus"),
          value: tcommon(`decisionStatus.${DECISION_STATUS_KEYS[applicant.decisionStatus]}`),
        },
      ]
    : [];
  const deleteAfter = applicant?.deleteAfter;
  return {
    title: t("person.title"),
    facts,
    note: deleteAfter ? t("person.blocked", { date: f.date(deleteAfter) }) : null,
  };
}

function contents(pkg: AccessPackage, { t, f }: SummaryWords): SummaryTable {
  const tables = Object.keys(pkg.sections) as (keyof AccessPackage["sections"])[];
  return {
    key: "contents",
    title: t("contents.title"),
    empty: "",
    columns: [
      { label: t("contents.section"), width: 80 },
      { label: t("contents.rows"), width: 20 },
    ],
    rows: tables.map((table) => [
      `${t(`contents.sections.${table}`)} (${table})`,
      f.number(pkg.sections[table].length),
    ]),
    note: t("contents.note"),
  };
}

/** Every word and figure of the summary, in the reader's language, from the package alone. */
export function presentAccessPackage(
  pkg: AccessPackage,
  options: SummaryOptions,
): AccessSummaryModel {
  const words = summaryWords(options);
  const { t } = words;
  const reference = pkg.applicant.reference;
  return {
    lang: options.locale,
    title: t("title"),
    subtitle: t("subtitle"),
    lender: options.organizationName ?? t("lenderUnset"),
    header: header(pkg, options, words),
    person: person(pkg, words),
    contents: contents(pkg, words),
    tables: [
      employersTable,
      salariesTable,
      decisionsTable,
      consentsTable,
      arcoTable,
      auditTable,
    ].map((build) => build(pkg.sections, words)),
    footer: (page, total) => t("footer", { reference, page, total }),
  };
}
