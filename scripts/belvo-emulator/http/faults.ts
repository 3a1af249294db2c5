import type { Emulator } from "../emulator";
import type { RequestContext } from "./context";
import { errors } from "./errors";

/**
 * Applies the first armed fault matching this Belvo call. Returns true when the fault answered the
 * request itself (the route must not run).
 */
export async function applyFault(emu: Emulator, ctx: RequestContext): Promise<boolean> {
  const fault = emu.state.faults.find(
    (item) => item.remaining > 0 && (item.path === null || ctx.url.pathname.startsWith(item.path)),
  );
  if (!fault) return false;
  fault.remaining -= 1;
  emu.state.faults = emu.state.faults.filter((item) => item.remaining > 0);
  emu.save();
  switch (fault.kind) {
    case "latency":
      await emu.sleep(fault.ms);
      return false;
    case "rate_limit":
      throw errors.throttled(Math.max(1, Math.ceil(fault.ms / 1000)));
    case "server_error":
      throw errors.unexpected();
    case "timeout":
      await emu.sleep(fault.ms);
      throw errors.timeout();
    case "institution_down":
      throw errors.institutionDown();
    case "token_required":
      throw errors.tokenRequired(null);
    case "malformed":
      ctx.res.writeHead(200, { "Content-Type": "application/json" });
      ctx.res.end('{"count": 1, "results": [{"id": ');
      return true;
  }
}
