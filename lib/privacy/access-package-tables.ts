import { OUTCOME_KEYS, reasonKey } from "@/lib/applicant/decision-reasons";
import { auditActionKey } from "@/lib/applicant/audit-view";
import { employerLabel } from "@/lib/applicant/employer-label";
import type { AccessPackageSections } from "./access-package";
import {
  newestSnapshot,
  staffName,
  type SummaryTable,
  type SummaryWords,
} from "./access-package-words";

// The summary's tables, each from one or two sections of the package: the jobs and salary
// history of the newest pull, the decisions, consents, ARCO requests and the audit trail.

/** The audit trail can hold thousands of page views: the PDF lists the newest, the JSON all. */
export const AUDIT_LINES = 120;

type Sections = AccessPackageSections;
const DASH = "—";

function table(
  key: string,
  words: { title: string; empty: string },
  columns: [string, number][],
  rows: string[][],
  note: string | null = null,
): SummaryTable {
  const labelled = columns.map(([label, width]) => ({ label, width }));
  return { key, ...words, columns: labelled, rows, note };
}

function newestJobs(sections: Sections) {
  const newest = newestSnapshot(sections);
  return sections.snapshot_jobs
    .filter((job) => job.snapshotId === newest?.id)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.position - b.position);
}

export function employersTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, f } = words;
  const rows = newestJobs(sections).map((job) => [
    employerLabel(job.employer),
    job.employerId ?? DASH,
    f.date(job.startDate),
    job.endDate ? f.date(job.endDate) : t("employers.current"),
    job.monthlySalary ? f.money(job.monthlySalary) : DASH,
  ]);
  return table(
    "employers",
    { title: t("employers.title"), empty: t("employers.none") },
    [
      [t("employers.employer"), 38],
      [t("employers.employerId"), 17],
      [t("employers.start"), 14],
      [t("employers.end"), 14],
      [t("employers.monthly"), 17],
    ],
    rows,
  );
}

export function salariesTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, f } = words;
  const rows = newestJobs(sections).flatMap((job) => {
    const paid = sections.salary_movements
      .filter((movement) => movement.jobId === job.id && movement.dailySalary !== null)
      .sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
    const [first, last] = [paid[0], paid.at(-1)];
    if (!first || !last) return [];
    const highest = paid.reduce((top, movement) =>
      Number(movement.dailySalary) > Number(top.dailySalary) ? movement : top,
    );
    const on = (movement: (typeof paid)[number]) =>
      t("salaries.amountOn", {
        amount: f.money(movement.dailySalary ?? "0"),
        date: f.date(movement.date),
      });
    return [[employerLabel(job.employer), f.number(paid.length), on(first), on(last), on(highest)]];
  });
  return table(
    "salaries",
    { title: t("salaries.title"), empty: t("salaries.none") },
    [
      [t("salaries.employer"), 28],
      [t("salaries.movements"), 9],
      [t("salaries.first"), 21],
      [t("salaries.last"), 21],
      [t("salaries.highest"), 21],
    ],
    rows,
  );
}

export function decisionsTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, ta, f } = words;
  const rows = sections.decisions.map((decision) => {
    const reason = reasonKey(decision.reasonCode);
    return [
      f.dateTime(decision.createdAt),
      ta(`decision.outcomes.${OUTCOME_KEYS[decision.outcome]}`),
      reason ? ta(`decision.reasons.${reason}`) : decision.reasonCode,
      staffName(decision.decidedBy, words),
      decision.signOff ? t(`decisions.signOffs.${decision.signOff}`) : DASH,
    ];
  });
  return table(
    "decisions",
    { title: t("decisions.title"), empty: t("decisions.none") },
    [
      [t("decisions.date"), 17],
      [t("decisions.outcome"), 14],
      [t("decisions.reason"), 41],
      [t("decisions.by"), 16],
      [t("decisions.signOff"), 12],
    ],
    rows,
  );
}

const CONSENT_CHANNELS = ["DIRECT", "INVITE"] as const;
const CONSENT_PURPOSES = ["VERIFICATION", "MONITORING"] as const;
const REVOCATION_CHANNELS = ["WRITTEN", "EMAIL", "PHONE", "IN_PERSON"] as const;

/** A stored code's words from a fixed list, or the code itself for one this version lacks. */
function known<const C extends string>(codes: readonly C[], code: string, words: (c: C) => string) {
  const found = codes.find((candidate) => candidate === code);
  return found ? words(found) : code;
}

export function consentsTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, f } = words;
  const rows = sections.consents.map((consent) => [
    f.dateTime(consent.acceptedAt),
    consent.privacyNoticeVersion,
    known(CONSENT_CHANNELS, consent.channel, (code) => t(`consents.channels.${code}`)),
    known(CONSENT_PURPOSES, consent.purpose, (code) => t(`consents.purposes.${code}`)),
    consent.channel === "INVITE" ? DASH : staffName(consent.capturedBy, words),
  ]);
  const revocation = sections.consent_revocations[0];
  const note = revocation
    ? t("consents.revoked", {
        date: f.date(revocation.revokedOn),
        channel: known(REVOCATION_CHANNELS, revocation.channel, (code) =>
          t(`consents.revocationChannels.${code}`),
        ),
      })
    : null;
  return table(
    "consents",
    { title: t("consents.title"), empty: t("consents.none") },
    [
      [t("consents.acceptedAt"), 20],
      [t("consents.version"), 16],
      [t("consents.channel"), 26],
      [t("consents.purpose"), 16],
      [t("consents.capturedBy"), 22],
    ],
    rows,
    note,
  );
}

export function arcoTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, tp, f } = words;
  const rows = sections.arco_requests.map((request) => [
    f.date(request.receivedOn),
    tp(`types.${request.type}`),
    f.date(request.dueOn),
    tp(`statuses.${request.status}`),
    request.answeredAt ? f.dateTime(request.answeredAt) : DASH,
  ]);
  return table(
    "arco",
    { title: t("arco.title"), empty: t("arco.none") },
    [
      [t("arco.receivedOn"), 18],
      [t("arco.type"), 22],
      [t("arco.dueOn"), 18],
      [t("arco.status"), 18],
      [t("arco.answeredAt"), 24],
    ],
    rows,
  );
}

export function auditTable(sections: Sections, words: SummaryWords): SummaryTable {
  const { t, taudit, f } = words;
  const newestFirst = [...sections.audit_events].reverse();
  const rows = newestFirst.slice(0, AUDIT_LINES).map((event) => {
    const key = auditActionKey(event.action);
    return [
      f.dateTime(event.createdAt),
      key ? taudit(`actions.${key}`) : event.action,
      event.actor?.name ?? t("audit.unknownActor"),
    ];
  });
  const older = newestFirst.length - rows.length;
  return table(
    "audit",
    { title: t("audit.title"), empty: t("audit.none") },
    [
      [t("audit.at"), 22],
      [t("audit.action"), 50],
      [t("audit.actor"), 28],
    ],
    rows,
    older > 0 ? t("audit.older", { count: older }) : null,
  );
}
