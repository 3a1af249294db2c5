// Runs in the browser before the app does: zod, wherever a page loads it, must not probe for eval.
import { presetZodJitless } from "@/lib/http/browser/zod-jitless";

presetZodJitless();
