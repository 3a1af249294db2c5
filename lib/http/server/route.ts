import "server-only";
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";
import { AppError, errorBody, safeErrorSummary } from "@/lib/errors";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Handler = (input: {
  request: Request;
  params: Record<string, string | string[]>;
  user: SessionUser;
}) => Promise<Response | object>;

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
      const result = await handler({ request, params: await context.params, user });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
