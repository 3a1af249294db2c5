import { afterEach, describe, expect, it, vi } from "vitest";
import { presetZodJitless } from "./zod-jitless";

type ZodGlobal = { __zod_globalConfig?: object };
const scope = globalThis as ZodGlobal;
const before = scope.__zod_globalConfig;

afterEach(() => {
  scope.__zod_globalConfig = before;
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("presetZodJitless", () => {
  it("is the configuration a zod loaded afterwards uses, without probing for eval", async () => {
    delete scope.__zod_globalConfig;
    presetZodJitless();
    vi.resetModules();
    const probe = vi.spyOn(globalThis, "Function");
    const { config, z } = await import("zod");
    expect(config().jitless).toBe(true);
    expect(config()).toBe(scope.__zod_globalConfig);
    expect(z.object({ name: z.string() }).parse({ name: "Ana" })).toEqual({ name: "Ana" });
    expect(probe).not.toHaveBeenCalled();
  });

  it("keeps settings made before it", () => {
    scope.__zod_globalConfig = { localeError: "kept" };
    presetZodJitless();
    expect(scope.__zod_globalConfig).toEqual({ localeError: "kept", jitless: true });
  });
});
