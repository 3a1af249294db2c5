import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readProgress } from "@/lib/exports/progress";
import { withUser } from "@/lib/http/server/route";

// How far one of the signed-in user's downloads has got; the exports page polls it.
export const GET = withUser(async ({ params, user }) => {
  const id = z.uuid().safeParse(params.id);
  const progress = id.success ? await readProgress(id.data, user.id) : null;
  if (!progress) throw new AppError("not_found", "errors.exports.progressNotFound");
  const { total, applicants, rows, status, error } = progress;
  return { total, applicants, rows, status, error: error ?? null };
});
