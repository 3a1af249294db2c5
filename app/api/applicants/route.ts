import { newApplicantSchema } from "@/lib/connect/new-applicant";
import { connectDirect, prepareDirectConnection } from "@/lib/connect/connect-direct";
import { readJson } from "@/lib/http/server/read-json";
import { ndjsonStream } from "@/lib/http/server/ndjson-stream";
import { withUser } from "@/lib/http/server/route";

/** Connects an applicant directly. Answers with a stream of progress events, then `done` or `error`. */
export const POST = withUser(async ({ request, user }) => {
  const input = await readJson(request, newApplicantSchema);
  await prepareDirectConnection(input);
  return ndjsonStream(async (send) => ({
    applicantId: await connectDirect({
      user,
      input,
      onProgress: (step) => send({ type: "progress", step }),
    }),
  }));
});
