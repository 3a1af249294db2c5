import { z } from "zod";
import { AppError, type ErrorKey } from "@/lib/errors";

const uuid = z.uuid();

type Params = Record<string, string | string[]>;

/** Route params arrive as untrusted strings: a malformed id is a 404, never a database error. */
function idParam(params: Params, notFound: ErrorKey, key = "id"): string {
  const parsed = uuid.safeParse(params[key]);
  if (!parsed.success) throw new AppError("not_found", notFound);
  return parsed.data;
}

export const applicantIdParam = (params: Params) => idParam(params, "errors.applicant.notFound");

export const memberIdParam = (params: Params) => idParam(params, "errors.team.memberNotFound");

export const decisionIdParam = (params: Params) =>
  idParam(params, "errors.decision.notFound", "decisionId");

export const alertIdParam = (params: Params) => idParam(params, "errors.alert.notFound");

export const arcoRequestIdParam = (params: Params) => idParam(params, "errors.privacy.notFound");
