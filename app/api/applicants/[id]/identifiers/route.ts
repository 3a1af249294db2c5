import { NextResponse } from "next/server";
import { identifierRevealInputSchema } from "@/lib/applicant/identifier-reason-input";
import { revealIdentifiers } from "@/lib/applicant/detail";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";

/**
 * The applicant's CURP, NSS, RFC and email in clear, given a reason (10 to 300 characters) that
 * the audit trail keeps. Never cached: the page holds them only while they are shown.
 */
export const POST = withUser(async ({ request, params, user }) => {
  const applicantId = applicantIdParam(params);
  const { reason } = await readJson(request, identifierRevealInputSchema);
  const identifiers = await revealIdentifiers(user, applicantId, reason);
  return NextResponse.json({ identifiers }, { headers: { "cache-control": "no-store" } });
});
