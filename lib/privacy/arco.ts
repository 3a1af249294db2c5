import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { now, today } from "@/lib/clock";
import { fromDay, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { addBusinessDays, businessDaysBetween } from "./business-days";
import {
  DUE_SOON_BUSINESS_DAYS,
  type arcoAnswerSchema,
  type ArcoInput,
  type ArcoType,
} from "./arco-input";

export { ARCO_TYPES, arcoAnswerSchema, arcoInputSchema } from "./arco-input";

// ARCO requests (LFPDPPP): a person asks to access, rectify, cancel or oppose the use of their
// data; the lender answers within a period of business days. Team leads and admins register them,
// once they have checked the requester's identity, and record the answer.

/** The rest days (besides weekends) from `from` on, as a set of `YYYY-MM-DD`. */
async function restDaysFrom(from: string): Promise<Set<string>> {
  const rows = await db().restDay.findMany({
    where: { day: { gte: new Date(`${from}T00:00:00.000Z`) } },
    select: { day: true },
  });
  return new Set(rows.map((row) => row.day.toISOString().slice(0, 10)));
}

/**
 * Registers a request (team leads and admins) whose requester's identity the actor checked: its
 * due date is the organization's period of business days after the day it was received. Audited,
 * on the applicant's trail when it concerns one.
 */
export async function registerArcoRequest(actor: SessionUser, input: ArcoInput) {
  const settings = await getOrganizationSettings();
  const todayInZone = today(settings.timeZone);
  if (input.receivedOn > todayInZone || toDay(input.receivedOn) < toDay(todayInZone) - 366)
    throw new AppError("bad_request", "errors.privacy.receivedOn", undefined, {
      fields: { receivedOn: "privacy.validation.receivedOn" },
    });
  const reference = input.applicantReference?.trim();
  const applicant = reference
    ? await db().applicant.findUnique({ where: { reference }, select: { id: true } })
    : null;
  if (reference && !applicant)
    throw new AppError("bad_request", "errors.privacy.applicantReference", undefined, {
      fields: { applicantReference: "privacy.validation.applicantReference" },
    });
  const dueOn = addBusinessDays(
    input.receivedOn,
    settings.arcoResponseDays,
    await restDaysFrom(input.receivedOn),
  );
  return db().$transaction(async (tx) => {
    const created = await tx.arcoRequest.create({
      data: {
        type: input.type,
        requesterName: input.requesterName,
        applicantId: applicant?.id ?? null,
        receivedOn: new Date(`${input.receivedOn}T00:00:00.000Z`),
        dueOn: new Date(`${dueOn}T00:00:00.000Z`),
        registeredById: actor.id,
        registeredAt: now(),
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "privacy.arco_registered",
        applicantId: applicant?.id ?? null,
        subject: created.id,
        details: { type: input.type, receivedOn: input.receivedOn, dueOn },
      },
      tx,
    );
    return { id: created.id, dueOn };
  });
}

/** Records the answer sent to the requester; a request is answered once. Audited. */
export async function answerArcoRequest(
  actor: SessionUser,
  id: string,
  input: z.infer<typeof arcoAnswerSchema>,
) {
  return db().$transaction(async (tx) => {
    const request = await tx.arcoRequest.findUnique({
      where: { id },
      select: { status: true, applicantId: true },
    });
    if (!request) throw new AppError("not_found", "errors.privacy.notFound");
    if (request.status !== "OPEN") throw new AppError("conflict", "errors.privacy.answered");
    await tx.arcoRequest.update({
      where: { id },
      data: {
        status: "ANSWERED",
        response: input.response,
        answeredById: actor.id,
        answeredAt: now(),
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "privacy.arco_answered",
        applicantId: request.applicantId,
        subject: id,
        details: {},
      },
      tx,
    );
    return { id };
  });
}

export type ArcoUrgency = "overdue" | "dueSoon" | "onTime" | "answered";

/**
 * Every request, open ones first by due date, then the answered ones newest first; each with the
 * business days left (negative: overdue) as of today in the organization's time zone.
 */
export async function listArcoRequests() {
  const settings = await getOrganizationSettings();
  const todayInZone = today(settings.timeZone);
  const rows = await db().arcoRequest.findMany({
    orderBy: [{ status: "asc" }, { dueOn: "asc" }, { receivedOn: "desc" }],
    take: 500,
    select: {
      id: true,
      type: true,
      requesterName: true,
      receivedOn: true,
      dueOn: true,
      status: true,
      response: true,
      answeredAt: true,
      applicant: { select: { id: true, reference: true, deleteAfter: true } },
      registeredBy: { select: { name: true } },
      answeredBy: { select: { name: true } },
    },
  });
  const earliest = rows.reduce(
    (min, row) => Math.min(min, toDay(row.receivedOn.toISOString().slice(0, 10))),
    toDay(todayInZone),
  );
  const restDays = await restDaysFrom(fromDay(earliest));
  return rows.map((row) => {
    const dueOn = row.dueOn.toISOString().slice(0, 10);
    const left = businessDaysBetween(todayInZone, dueOn, restDays);
    const urgency: ArcoUrgency =
      row.status === "ANSWERED"
        ? "answered"
        : left < 0
          ? "overdue"
          : left <= DUE_SOON_BUSINESS_DAYS
            ? "dueSoon"
            : "onTime";
    return {
      id: row.id,
      type: row.type as ArcoType,
      requesterName: row.requesterName,
      receivedOn: row.receivedOn.toISOString().slice(0, 10),
      dueOn,
      businessDaysLeft: left,
      urgency,
      status: row.status,
      response: row.response,
      answeredAt: row.answeredAt?.toISOString() ?? null,
      applicant: row.applicant && {
        id: row.applicant.id,
        reference: row.applicant.reference,
        /** Set once the applicant is blocked: when they will be deleted. */
        deleteAfter: row.applicant.deleteAfter?.toISOString() ?? null,
      },
      registeredBy: row.registeredBy?.name ?? null,
      answeredBy: row.answeredBy?.name ?? null,
    };
  });
}

export type ArcoRow = Awaited<ReturnType<typeof listArcoRequests>>[number];
