import { PRIVACY_RIGHTS_MANAGERS } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { applicantIdParam } from "@/lib/http/server/params";
import { readJson } from "@/lib/http/server/read-json";
import { withUser } from "@/lib/http/server/route";
import {
  objectionInputSchema,
  objectionPurposeSchema,
  recordObjection,
  withdrawObjection,
} from "@/lib/privacy/objections";

/** Records the applicant's opposition to a use of their data: `{ purpose, note }`. */
export const POST = withUser(
  async ({ request, params, user }) => {
    const applicantId = applicantIdParam(params);
    const input = await readJson(request, objectionInputSchema);
    return await recordObjection(user, applicantId, input);
  },
  { roles: PRIVACY_RIGHTS_MANAGERS },
);

/** Withdraws the opposition to one use: `?purpose=MONITORING`. */
export const DELETE = withUser(
  async ({ request, params, user }) => {
    const applicantId = applicantIdParam(params);
    const purpose = objectionPurposeSchema.safeParse(
      new URL(request.url).searchParams.get("purpose"),
    );
    if (!purpose.success)
      throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
        fields: { purpose: "privacy.rights.validation.purpose" },
      });
    return await withdrawObjection(user, applicantId, purpose.data);
  },
  { roles: PRIVACY_RIGHTS_MANAGERS },
);
