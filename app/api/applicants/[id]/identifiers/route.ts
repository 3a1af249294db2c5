import { NextResponse } from "next/server";
import { z } from "zod";
import { identifierReasonSchema } from "@/lib/applicant/identifier-reason";
import { revealIdentifiers } from "@/lib/applicant/detail";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

const revealSchema = z.object({
  reason: identifierReasonSchema("applicant.identifiers.reasonRequired"),
});

/**
 * The applicant's CURP, NSS, RFC and email in clear, given a reason (10 to 300 characters) that
 * the audit trail keeps. Never cached: the page holds them only while they are shown.
 */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const { reason } = await readJson(request, revealSchema);
  const identifiers = await revealIdentifiers(user, applicantId, reason);
  return NextResponse.json({ identifiers }, { headers: { "cache-control": "no-store" } });
});
