import { randomUUID } from "node:crypto";
import { daysBefore } from "@/lib/dates";
import { lookupHash } from "@/lib/crypto/field-encryption";
import type { LinkStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";

export interface QueueFixture {
  token: string;
  userId: string;
  curp: string;
  ids: Record<"ana" | "beto" | "carla" | "diego" | "elena", string>;
}

/**
 * Five applicants that differ on every queue column, all named after a token unique to this run,
 * so a search for the token scopes each assertion to them on a shared database.
 */
export async function seedQueueFixture(now: Date): Promise<QueueFixture> {
  const token = `Q${randomUUID().slice(0, 8)}`;
  const curp = `SOTE${String(Date.now()).slice(-6)}MDFRRL0${Math.floor(Math.random() * 10)}`;
  // Ids in the order of the names, so ties (broken by id) are predictable.
  const sortedIds = Array.from({ length: 5 }, () => randomUUID()).sort();
  const ago = (days: number) => daysBefore(now, days);
  const user = await db().user.create({
    data: {
      email: `${token}@queue.test`,
      name: "Queue Tester",
      role: "UNDERWRITER",
      passwordHash: "x",
    },
  });
  const other = await db().user.create({
    data: {
      email: `${token}-other@queue.test`,
      name: "Otra Persona",
      role: "UNDERWRITER",
      passwordHash: "x",
    },
  });
  const make = async (
    key: keyof QueueFixture["ids"],
    order: number,
    data: Record<string, unknown> & {
      name: string;
      reference: string;
      institution: "IMSS" | "ISSSTE" | "SANDBOX";
    },
    linkStatus?: LinkStatus,
  ) => {
    const applicant = await db().applicant.create({
      data: {
        ...data,
        id: sortedIds[order - 1],
        name: `${token} ${data.name}`,
        reference: `${token}-${data.reference}`,
        createdAt: ago(400 - order),
      },
    });
    if (linkStatus) {
      await db().link.create({
        data: {
          applicantId: applicant.id,
          belvoId: randomUUID(),
          institution: "imss_mx_employment",
          accessMode: "SINGLE",
          status: linkStatus,
          belvoCreatedAt: now,
        },
      });
    }
    return [key, applicant.id] as const;
  };
  const ids = Object.fromEntries(
    await Promise.all([
      make(
        "ana",
        1,
        {
          name: "Ana Núñez",
          reference: "a001",
          institution: "IMSS",
          employmentStatus: "employed",
          currentEmployer: "Grupo Bimbo",
          currentJobStart: new Date("2020-01-15T00:00:00Z"),
          monthlyIncome: "25000.50",
          score12: 780,
          flags: ["capped-salary"],
          dataAsOf: ago(5),
          assignedToId: user.id,
        },
        "VALID",
      ),
      make(
        "beto",
        2,
        {
          name: "Beto Peña",
          reference: "b002",
          institution: "ISSSTE",
          employmentStatus: "unemployed",
          flags: ["issste", "old-gap"],
          dataAsOf: ago(120),
        },
        "INVALID",
      ),
      make(
        "carla",
        3,
        {
          name: "Carla Ibáñez",
          reference: "c003",
          institution: "IMSS",
          employmentStatus: "employed",
          currentEmployer: "Oxxo",
          currentJobStart: new Date("2026-09-01T00:00:00Z"),
          monthlyIncome: "9000",
          score12: 600,
          flags: ["recent-hire", "salary-cut"],
          dataAsOf: ago(45),
          assignedToId: other.id,
        },
        "UNCONFIRMED",
      ),
      make("diego", 4, { name: "Diego Ruiz", reference: "d004", institution: "SANDBOX" }),
      make(
        "elena",
        5,
        {
          name: "Elena Soto",
          reference: "e005",
          institution: "IMSS",
          employmentStatus: "employed",
          currentEmployer: "Telmex",
          currentJobStart: new Date("2015-06-01T00:00:00Z"),
          monthlyIncome: "40000",
          score12: 549,
          flags: ["past-gap"],
          dataAsOf: ago(30),
          curpHash: lookupHash(curp),
        },
        "VALID",
      ),
    ]),
  ) as QueueFixture["ids"];
  return { token, userId: user.id, curp, ids };
}
