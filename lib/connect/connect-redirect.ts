import { NextResponse } from "next/server";
import { AppError, safeErrorSummary } from "@/lib/errors";
import { requireEnv } from "@/lib/env";
import { noteInviteProblem } from "./invites";

/**
 * The applicant's browser moves between our connect page, Belvo's widget and our callbacks by
 * redirects (303, so a form POST becomes a GET). Failures go back to the connect page, which shows the problem stored on the invite.
 */
export async function connectRedirect(
  token: string,
  step: () => Promise<string>,
): Promise<NextResponse> {
  const page = new URL(`/connect/${encodeURIComponent(token)}`, requireEnv("NEXTAUTH_URL"));
  try {
    return NextResponse.redirect(new URL(await step(), page), 303);
  } catch (error) {
    if (!(error instanceof AppError))
      console.error(`cotiza: connect step failed: ${safeErrorSummary(error)}`);
    const known = error instanceof AppError ? error : new AppError("internal");
    await noteInviteProblem(token, known.key, known.params).catch(() => undefined);
    page.searchParams.set("problem", "1");
    return NextResponse.redirect(page, 303);
  }
}
