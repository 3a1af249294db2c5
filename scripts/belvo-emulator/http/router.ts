import type { Emulator } from "../emulator";
import type { RequestContext } from "./context";

export type Params = Record<string, string>;
export type Handler = (emu: Emulator, ctx: RequestContext, params: Params) => Promise<void> | void;
/** `basic`: Belvo's secret keys; `none`: the widget (token in the URL) and emulator controls. */
export type Route = { method: string; path: string; auth: "basic" | "none"; handler: Handler };

export type Match = { route: Route; params: Params } | { allowed: string[] } | null;

function matchPath(pattern: string, pathname: string): Params | null {
  const want = pattern.split("/");
  const got = pathname.split("/");
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i] ?? "";
    const value = got[i] ?? "";
    if (segment.startsWith(":")) {
      if (value === "") return null;
      params[segment.slice(1)] = decodeURIComponent(value);
    } else if (segment !== value) return null;
  }
  return params;
}

/** Finds the route; when only the method differs, reports the allowed ones (for a 405). */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed } : null;
}
