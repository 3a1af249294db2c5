import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { withUser } from "@/lib/http/server/route";
import { retryFailed } from "@/lib/jobs/retry-failed";
import { wakeWorkers } from "@/lib/jobs/wake";

/** Admins: puts a FAILED job back in the queue with a fresh set of attempts. */
export const POST = withUser(
  async ({ params, user }) => {
    const id = z.uuid().safeParse(params.id);
    if (!id.success) throw new AppError("not_found", "errors.jobs.notFound");
    const result = await retryFailed(id.data);
    if (result === "not_found") throw new AppError("not_found", "errors.jobs.notFound");
    if (result === "not_failed") throw new AppError("conflict", "errors.jobs.notFailed");
    await recordAudit({ actorId: user.id, action: "job.retried", subject: id.data });
    wakeWorkers();
    return { status: "retried" };
  },
  { roles: ["ADMIN"] },
);
