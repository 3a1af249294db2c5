import { getLocale } from "next-intl/server";
import { z } from "zod";
import { openExport } from "@/lib/exports/open-export";
import { AppError } from "@/lib/errors";
import { refuseProgress } from "@/lib/exports/progress";
import { parseExportRequest } from "@/lib/exports/request";
import { withUser } from "@/lib/http/server/route";

// A CSV download: the file streams as it is read, so the browser's download starts at once. Its
// header row is in `lang` (the exports page sends the reader's choice), else the reader's language.
export const GET = withUser(async ({ request, params, user }) => {
  const search = new URL(request.url).searchParams;
  try {
    const opened = await openExport(
      parseExportRequest(String(params.kind), search, await getLocale()),
      user,
    );
    return new Response(opened.body, {
      headers: {
        "content-type": opened.contentType ?? "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${opened.fileName}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    // The page that started this download follows it by id: tell it why nothing came.
    const progressId = z.uuid().safeParse(search.get("progress"));
    if (error instanceof AppError && progressId.success) {
      // The refused field's own sentence (e.g. an unknown column) says more than "not valid".
      const field = Object.values(error.details?.fields ?? {})[0];
      await refuseProgress(progressId.data, user.id, field ?? error.message);
    }
    throw error;
  }
});
