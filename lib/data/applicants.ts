import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

/** The newest applicants with their link status and data freshness. */
export async function listApplicants(_user: SessionUser, { take = 50 }: { take?: number } = {}) {
  const rows = await db().applicant.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      name: true,
      reference: true,
      institution: true,
      createdAt: true,
      link: { select: { status: true } },
      snapshots: { orderBy: { collectedAt: "desc" }, take: 1, select: { collectedAt: true } },
      _count: { select: { snapshots: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    reference: row.reference,
    institution: row.institution,
    createdAt: row.createdAt.toISOString(),
    linkStatus: row.link?.status ?? null,
    dataAsOf: row.snapshots[0]?.collectedAt.toISOString() ?? null,
    snapshotCount: row._count.snapshots,
  }));
}

export type ApplicantListItem = Awaited<ReturnType<typeof listApplicants>>[number];
