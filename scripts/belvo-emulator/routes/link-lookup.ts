import type { Emulator } from "../emulator";
import { BelvoHttpError, errors } from "../http/errors";
import type { StoredLink } from "../state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function linkById(emu: Emulator, id: string | undefined): StoredLink {
  const link = id && UUID.test(id) ? emu.state.links[id.toLowerCase()] : undefined;
  if (!link) throw errors.notFound();
  return link;
}

/** The `link` of a retrieval body: present, a uuid, an existing link that can still log in. */
export function linkForRetrieval(
  emu: Emulator,
  value: unknown,
  supported: (institution: string) => boolean,
): StoredLink {
  if (value === undefined || value === null || value === "") throw errors.required("link");
  if (typeof value !== "string" || !UUID.test(value))
    throw errors.invalid("link", "Must be a valid UUID.");
  const link = emu.state.links[value.toLowerCase()];
  if (!link) {
    throw new BelvoHttpError(400, [
      {
        code: "does_not_exist",
        message: `Invalid pk "${value}" - object does not exist.`,
        field: "link",
      },
    ]);
  }
  if (!supported(link.body.institution)) throw errors.unsupported();
  if (link.body.status === "invalid") throw errors.invalidLink();
  return link;
}

export function optionalBoolean(
  body: Record<string, unknown>,
  field: string,
  fallback: boolean,
): boolean {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") throw errors.invalid(field, "Must be a valid boolean.");
  return value;
}
