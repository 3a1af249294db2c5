import { linkStateFromBelvo, storedLink, visibleLinkSql } from "@/lib/connect/link-status";
import { applicantIdParam } from "@/lib/http/server/params";
import { withUserRow } from "@/lib/http/server/route";

/**
 * The applicant's Belvo link as Belvo sees it now (status, access mode, last access). The session
 * and our copy of the link are read in one statement: the route adds as little as it can to
 * Belvo's own time (npm run bench:proxy).
 */
export const GET = withUserRow(
  ({ params }) => visibleLinkSql(applicantIdParam(params)),
  ({ params, row }) =>
    linkStateFromBelvo({ applicantId: applicantIdParam(params), link: storedLink(row) }),
);
