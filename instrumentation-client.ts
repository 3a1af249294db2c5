// Runs in the browser before the app does. Pages forbid eval (lib/http/server/security-headers.ts),
// and zod otherwise probes for it with `Function("")` on its first object parse: the browser blocks
// the probe and reports a Content-Security-Policy violation. Without the probe zod parses the same,
// minus a compiled fast path it could not use under this policy anyway.
import { config } from "zod";

config({ jitless: true });
