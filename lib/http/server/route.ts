import "server-only";
import { NextResponse } from "next/server";
import { requireUser, requireUserWith } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";
import { AppError, errorBody, safeErrorSummary } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type RouteContext = { params: Promise<Params> };

type Params = Record<string, string | string[]>;
type HandlerInput = { request: Request; params: Params; user: SessionUser };
type Handler = (input: HandlerInput) => Promise<Response | object>;
type RowHandler = (input: HandlerInput & { row: unknown }) => Promise<Response | object>;

const respond = (result: Response | object): Response =>
  result instanceof Response ? result : NextResponse.json(result);

/**
 * Maps any thrown error to `{ error: { code, message, params?, fields? } }` (`message` is a catalog
 * key, see lib/errors.ts); unexpected ones are logged, never shown.
 */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError)
    return NextResponse.json(errorBody(error), { status: error.status });
  console.error(`cotiza: unexpected error in route handler: ${safeErrorSummary(error)}`);
  const internal = new AppError("internal");
  return NextResponse.json(errorBody(internal), { status: internal.status });
}

/** Wraps a route handler: a session is required (optionally a role), and errors become JSON. */
export function withUser(handler: Handler, options: { roles?: readonly Role[] } = {}) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const user = await requireUser(options.roles);
      return respond(await handler({ request, params: await context.params, user }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * `withUser` for a route whose work starts with one read: the session check and the row `lookup`
 * selects come back in one database round trip (`requireUserWith`); the handler gets the row (JSON,
 * or null) once the session and role are accepted. A lookup that throws (a malformed id) is
 * answered after a plain session check, so a signed-out caller still gets 401 first.
 */
export function withUserRow(
  lookup: (input: { params: Params }) => Prisma.Sql,
  handler: RowHandler,
  options: { roles?: readonly Role[] } = {},
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const params = await context.params;
      let sql: Prisma.Sql;
      try {
        sql = lookup({ params });
      } catch (error) {
        await requireUser(options.roles);
        throw error;
      }
      const { user, row } = await requireUserWith(sql, options.roles);
      return respond(await handler({ request, params, user, row }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
