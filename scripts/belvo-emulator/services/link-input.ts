import { CURP_PATTERN } from "../data/identifiers";
import { BelvoHttpError, errors } from "../http/errors";
import type { ErrorItem } from "../http/errors";
import { institutionByName } from "../institutions";
import type { Institution } from "../institutions";
import { IMSS_MESSAGES } from "./institution-query";

export const FETCH_RESOURCES = ["OWNERS", "EMPLOYMENT_RECORDS", "EMPLOYMENT_METRICS"] as const;

export type LinkInput = {
  institution: Institution;
  curp: string;
  email: string | null;
  accessMode: "single" | "recurrent";
  externalId: string | null;
  credentialsStorage: string;
  staleIn: string | null;
  fetchResources: string[];
};

const EXTERNAL_ID = /^[A-Za-z0-9_-]+$/;
const STORAGE = /^(store|nostore|([1-9]|[1-9]\d|[12]\d\d|3[0-5]\d|36[0-5])d)$/;

function optionalString(
  body: Record<string, unknown>,
  field: string,
  problems: ErrorItem[],
): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") {
    problems.push({ code: "invalid", message: "Not a valid string.", field });
    return null;
  }
  return value;
}

/**
 * Validates a link-creation body the way Belvo's serializer does: every field problem in one
 * 400 array first, then the CURP check that the institution itself performs.
 */
export function parseLinkInput(body: Record<string, unknown>): LinkInput {
  const problems: ErrorItem[] = [];
  const institutionName = optionalString(body, "institution", problems);
  const username = optionalString(body, "username", problems);
  if (institutionName === null || institutionName === "")
    problems.push(errors.required("institution").items[0] as ErrorItem);
  if (username === null || username === "")
    problems.push(errors.required("username").items[0] as ErrorItem);
  const institution = institutionName ? institutionByName(institutionName) : undefined;
  if (institutionName && !institution) {
    problems.push({
      code: "does_not_exist",
      message: `Object with name=${institutionName} does not exist.`,
      field: "institution",
    });
  }
  const accessMode = optionalString(body, "access_mode", problems) ?? "recurrent";
  if (accessMode !== "single" && accessMode !== "recurrent") {
    problems.push({
      code: "invalid_choice",
      message: `"${accessMode}" is not a valid choice.`,
      field: "access_mode",
    });
  }
  const externalId = optionalString(body, "external_id", problems);
  if (externalId !== null && externalId.length < 3) {
    problems.push({
      code: "min_length",
      message: "Ensure this field has at least 3 characters.",
      field: "external_id",
    });
  } else if (externalId !== null && !EXTERNAL_ID.test(externalId)) {
    problems.push({
      code: "invalid",
      message: "Only letters, numbers, hyphens and underscores are allowed.",
      field: "external_id",
    });
  }
  const storage = optionalString(body, "credentials_storage", problems);
  if (storage !== null && !STORAGE.test(storage)) {
    problems.push({
      code: "invalid",
      message: "Use store, nostore or a number of days between 1d and 365d.",
      field: "credentials_storage",
    });
  }
  const staleIn = optionalString(body, "stale_in", problems);
  if (staleIn !== null && !/^\d{1,3}d$/.test(staleIn))
    problems.push({
      code: "invalid",
      message: "Use a number of days, e.g. 90d.",
      field: "stale_in",
    });
  const resources = body.fetch_resources ?? [];
  const fetchResources = Array.isArray(resources)
    ? resources.filter((item): item is string => typeof item === "string")
    : [];
  if (!Array.isArray(resources) || fetchResources.length !== resources.length) {
    problems.push({
      code: "not_a_list",
      message: "Expected a list of items.",
      field: "fetch_resources",
    });
  } else if (institution) {
    const supported = FETCH_RESOURCES.filter((item) => institution.resources.includes(item));
    if (fetchResources.some((item) => !supported.includes(item as (typeof supported)[number]))) {
      problems.push({
        code: "invalid",
        message: `The institution only supports the following resources: ${supported.join(", ")}`,
        field: "fetch_resources",
      });
    }
  }
  const email = optionalString(body, "username2", problems);
  if (problems.length > 0) throw new BelvoHttpError(400, problems);
  if (accessMode === "recurrent" && storage !== null && storage !== "store") {
    throw new BelvoHttpError(400, [
      {
        code: "invalid_credentials_storage",
        message: "Recurrent links must store the credentials",
      },
    ]);
  }
  const curp = username ?? "";
  if (!CURP_PATTERN.test(curp)) throw errors.loginError(IMSS_MESSAGES.invalidCurp);
  return {
    institution: institution as Institution,
    curp,
    email: email === "" ? null : email,
    accessMode: accessMode as "single" | "recurrent",
    externalId,
    credentialsStorage: storage ?? (accessMode === "recurrent" ? "store" : "365d"),
    staleIn,
    fetchResources,
  };
}
