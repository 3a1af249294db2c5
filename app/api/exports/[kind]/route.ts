import { openExport } from "@/lib/data/exports/open-export";
import { withUser } from "@/lib/http/route";
import { parseExportRequest } from "@/lib/export/request";

// A CSV download: the file streams as it is read, so the browser's download starts at once.
export const GET = withUser(async ({ request, params, user }) => {
  const exportRequest = parseExportRequest(String(params.kind), new URL(request.url).searchParams);
  const { fileName, body } = await openExport(exportRequest, user);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
