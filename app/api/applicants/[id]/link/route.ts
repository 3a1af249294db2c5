import { currentLinkState } from "@/lib/connect/link-status";
import { applicantIdParam } from "@/lib/http/server/params";
import { withUser } from "@/lib/http/server/route";

/** The applicant's Belvo link as Belvo sees it now (status, access mode, last access). */
export const GET = withUser(async ({ params }) => currentLinkState(applicantIdParam(params)));
