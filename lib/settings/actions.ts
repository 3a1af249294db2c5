import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import {
  canEditFigureSettings,
  canEditOrganization,
  canEditReferenceValues,
} from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { RESUMMARIZE_JOB } from "@/lib/connect/resummarize";
import { db } from "@/lib/db";
import { AppError, type ErrorKey } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { wakeWorkers } from "@/lib/jobs/wake";
import { DEFAULT_ORGANIZATION_SETTINGS, type OrganizationSettings } from "./organization";
import {
  decisionRulesSchema,
  figureSettingsSchema,
  monitoringSettingsSchema,
  organizationSchema,
  referenceYearSchema,
  settingsFieldErrors,
  type ReferenceYearInput,
} from "./input";

type FigureFields = Pick<
  OrganizationSettings,
  "timeZone" | "flagWindowMonths" | "declaredIncomeTolerancePct"
>;
type Change = { from: string | number | null; to: string | number | null };
type Changes = Record<string, Change>;

/** Parses untrusted input; a refusal names each field, as the forms show it. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
      fields: settingsFieldErrors(parsed.error),
    });
  return parsed.data;
}

/** The fields whose value differs, with their before and after. */
export function diff<T extends object>(before: T, after: T): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = before[key] as Change["from"];
    const to = after[key] as Change["to"];
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

/**
 * Checks the actor's role again inside the transaction that makes the change: the session's role
 * may be a request old, and a demoted or deactivated person must not get a change through.
 */
export async function requireRole(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  allowed: (role: Role) => boolean,
) {
  const current = await tx.user.findUnique({
    where: { id: actor.id },
    select: { role: true, active: true },
  });
  if (!current?.active || !allowed(current.role)) throw new AppError("forbidden");
}

/** Writes changed settings to the organization's row and audits them with before and after. */
export async function storeSettings(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  next: Prisma.OrganizationSettingsUpdateInput & Prisma.OrganizationSettingsCreateInput,
  audit: { action: string; changes: Changes },
) {
  await tx.organizationSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...next, updatedById: actor.id },
    update: { ...next, updatedById: actor.id },
  });
  await recordAudit(
    {
      actorId: actor.id,
      action: audit.action,
      subject: "organization-settings",
      details: { changes: audit.changes },
    },
    tx,
  );
}

/** Every settings change moves the figures: the queue's stored flags are recomputed. */
async function recompute(tx: Prisma.TransactionClient) {
  await enqueue(tx, { kind: RESUMMARIZE_JOB, payload: {} });
}

/**
 * Saves the time zone, flag window and declared-income tolerance (team leads and admins), audits
 * what changed and queues the recomputation of the queue's flags. Saving the same values changes
 * nothing and queues nothing.
 */
export async function updateFigureSettings(actor: SessionUser, input: unknown) {
  if (!canEditFigureSettings(actor.role))
    throw new AppError("forbidden", "errors.settings.figuresNotAllowed");
  const next = parse(figureSettingsSchema, input);
  const result = await db().$transaction(async (tx) => {
    await requireRole(tx, actor, canEditFigureSettings);
    // Locked, so two people saving at once audit what each really replaced.
    const [row] = await tx.$queryRaw<
      {
        time_zone: string;
        flag_window_months: number;
        declared_income_tolerance_pct: number;
      }[]
    >`SELECT time_zone, flag_window_months, declared_income_tolerance_pct
      FROM organization_settings WHERE id = 1 FOR UPDATE`;
    const before: FigureFields = row
      ? {
          timeZone: row.time_zone,
          flagWindowMonths: row.flag_window_months,
          declaredIncomeTolerancePct: row.declared_income_tolerance_pct,
        }
      : DEFAULT_ORGANIZATION_SETTINGS;
    const changes = diff(before, next);
    if (Object.keys(changes).length === 0) return { changed: false };
    await storeSettings(tx, actor, next, { action: "settings.figures_updated", changes });
    await recompute(tx);
    return { changed: true };
  });
  if (result.changed) wakeWorkers();
  return result;
}

type SingleSetting = Pick<OrganizationSettings, "fourEyesApproval" | "organizationName">;

/**
 * Saves one setting that moves no figure, in a transaction that checks the actor's role again and
 * locks the row (so two people saving at once audit what each really replaced). Saving the same
 * value changes nothing.
 */
async function saveSingleSetting<K extends keyof SingleSetting>(
  actor: SessionUser,
  allowed: (role: Role) => boolean,
  change: { key: K; value: SingleSetting[K]; action: string },
) {
  const { key, value } = change;
  return db().$transaction(async (tx) => {
    await requireRole(tx, actor, allowed);
    await tx.$queryRaw`SELECT 1 FROM organization_settings WHERE id = 1 FOR UPDATE`;
    const row = await tx.organizationSettings.findUnique({ where: { id: 1 } });
    const before = row ? row[key] : DEFAULT_ORGANIZATION_SETTINGS[key];
    if (before === value) return { changed: false };
    const data = { [key]: value, updatedById: actor.id };
    await tx.organizationSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...data },
      update: data,
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: change.action,
        subject: "organization-settings",
        details: { changes: { [key]: { from: before, to: value } } },
      },
      tx,
    );
    return { changed: true };
  });
}

/**
 * Turns the four-eyes rule on or off (team leads and admins): with it on, an approval against a
 * red flag or a high-risk score waits for a team lead's sign-off. Audited; figures do not move.
 */
export async function updateDecisionRules(actor: SessionUser, input: unknown) {
  if (!canEditFigureSettings(actor.role))
    throw new AppError("forbidden", "errors.settings.figuresNotAllowed");
  const { fourEyesApproval } = parse(decisionRulesSchema, input);
  return saveSingleSetting(actor, canEditFigureSettings, {
    key: "fourEyesApproval",
    value: fourEyesApproval,
    action: "settings.decision_rules_updated",
  });
}

/**
 * Sets the lender's name printed on verification reports (admins); audited with its before and
 * after (an organization's name is no personal data). Reports already issued keep their name.
 */
export async function updateOrganizationName(actor: SessionUser, input: unknown) {
  if (!canEditOrganization(actor.role)) throw new AppError("forbidden");
  const { organizationName } = parse(organizationSchema, input);
  return saveSingleSetting(actor, canEditOrganization, {
    key: "organizationName",
    value: organizationName,
    action: "settings.organization_updated",
  });
}

/**
 * Sets how monitored applicants are refreshed and alerted (team leads and admins): the contracted
 * refresh rate, the salary-cut threshold, who is notified, and the employer-concentration signal's
 * limits. Audited with before and after; alerts already raised keep their recipient.
 */
export async function updateMonitoringSettings(actor: SessionUser, input: unknown) {
  if (!canEditFigureSettings(actor.role))
    throw new AppError("forbidden", "errors.settings.figuresNotAllowed");
  const next = parse(monitoringSettingsSchema, input);
  return db().$transaction(async (tx) => {
    await requireRole(tx, actor, canEditFigureSettings);
    await tx.$queryRaw`SELECT 1 FROM organization_settings WHERE id = 1 FOR UPDATE`;
    const row = await tx.organizationSettings.findUnique({ where: { id: 1 } });
    const source = row ?? DEFAULT_ORGANIZATION_SETTINGS;
    const changes = diff(
      {
        monitoringRefreshRate: source.monitoringRefreshRate,
        salaryCutAlertPct: source.salaryCutAlertPct,
        alertRecipients: source.alertRecipients,
        concentrationApplicants: source.concentrationApplicants,
        concentrationDays: source.concentrationDays,
      },
      next,
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    await storeSettings(tx, actor, next, { action: "settings.monitoring_updated", changes });
    // The concentration signal's limits move stored flags: every summary is recomputed.
    if ("concentrationApplicants" in changes || "concentrationDays" in changes) await recompute(tx);
    return { changed: true };
  });
}

const DUPLICATE_YEAR = "errors.settings.duplicateYear" satisfies ErrorKey;

type YearValues = Pick<
  ReferenceYearInput,
  "umaDaily" | "minimumWageDaily" | "minimumWageBorderDaily"
>;

/**
 * Adds a year's UMA and minimum wages, or corrects an existing year's (admins only); audits the
 * values before and after (public figures, no personal data) and queues the recomputation.
 */
export async function saveReferenceYear(actor: SessionUser, input: unknown) {
  if (!canEditReferenceValues(actor.role))
    throw new AppError("forbidden", "errors.settings.referenceValuesNotAllowed");
  const { intent, year, ...values } = parse(referenceYearSchema, input);
  try {
    const result = await db().$transaction(async (tx) => {
      await requireRole(tx, actor, canEditReferenceValues);
      const [row] = await tx.$queryRaw<
        {
          uma_daily: Prisma.Decimal | null;
          minimum_wage_daily: Prisma.Decimal;
          minimum_wage_border_daily: Prisma.Decimal | null;
        }[]
      >`SELECT uma_daily, minimum_wage_daily, minimum_wage_border_daily
        FROM reference_years WHERE year = ${year} FOR UPDATE`;
      if (row && intent === "add")
        throw new AppError("conflict", DUPLICATE_YEAR, undefined, {
          fields: { year: DUPLICATE_YEAR },
        });
      if (!row && intent === "edit")
        throw new AppError("not_found", "errors.settings.yearNotFound", undefined, {
          fields: { year: "errors.settings.yearNotFound" },
        });
      const toNumber = (value: Prisma.Decimal | string | number | null) =>
        value === null ? null : Number(value);
      const before: YearValues | null = row
        ? {
            umaDaily: toNumber(row.uma_daily),
            minimumWageDaily: Number(row.minimum_wage_daily),
            minimumWageBorderDaily: toNumber(row.minimum_wage_border_daily),
          }
        : null;
      const changes = diff(
        before ?? { umaDaily: null, minimumWageDaily: null, minimumWageBorderDaily: null },
        values,
      );
      if (before && Object.keys(changes).length === 0) return { changed: false, created: false };
      const data = { ...values, updatedById: actor.id };
      if (before) await tx.referenceYear.update({ where: { year }, data });
      else await tx.referenceYear.create({ data: { year, ...data } });
      await recordAudit(
        {
          actorId: actor.id,
          action: "settings.reference_year_saved",
          subject: `reference-year:${year}`,
          details: { year, created: !before, changes },
        },
        tx,
      );
      await recompute(tx);
      return { changed: true, created: !before };
    });
    if (result.changed) wakeWorkers();
    return { year, ...result };
  } catch (error) {
    // Two admins adding the same year at once: the primary key decides, the loser hears why.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", DUPLICATE_YEAR, undefined, {
        fields: { year: DUPLICATE_YEAR },
      });
    throw error;
  }
}
