import { AppError } from "@/lib/errors";
import { withUser } from "@/lib/http/server/route";
import { jobListQuerySchema, listJobs } from "@/lib/jobs/list-jobs";

export const dynamic = "force-dynamic";

/** Admins: background jobs by status (FAILED by default), newest first. */
export const GET = withUser(
  async ({ request, user }) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = jobListQuerySchema.safeParse(params);
    if (!query.success) {
      throw new AppError("bad_request", "errors.jobs.invalidQuery");
    }
    return { jobs: await listJobs(user, query.data) };
  },
  { roles: ["ADMIN"] },
);
