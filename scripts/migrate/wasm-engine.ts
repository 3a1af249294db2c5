import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { ConstructorOptions, SchemaEngine } from "@prisma/schema-engine-wasm";
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readableError } from "./errors";

export type { SchemaEngine };

type EngineConstructor = {
  new: (
    options: ConstructorOptions,
    log: (line: string) => void,
    adapter: object,
  ) => Promise<SchemaEngine>;
};

// Kept on globalThis, not in module scope: Vitest re-evaluates our modules per test file while the
// wasm glue module stays cached, and instantiating it a second time corrupts its string decoding.
const CACHE_KEY = Symbol.for("cotiza.migrate.schema-engine-wasm");
type CacheHolder = { [CACHE_KEY]?: Promise<EngineConstructor> };

/**
 * The engine arms 10 s / 60 s timers (advisory-lock timeouts) that it never clears, which kept every
 * command's process alive up to a minute after its work was done. Unref them: while the engine
 * waits, its database sockets keep the process alive anyway.
 */
function withUnrefTimers(glue: Record<string, unknown>): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = {};
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value !== "function") continue;
    imports[name] = name.startsWith("__wbg_setTimeout_")
      ? (...args: unknown[]) => {
          const timer: unknown = value(...args);
          if (
            typeof timer === "object" &&
            timer !== null &&
            "unref" in timer &&
            typeof timer.unref === "function"
          ) {
            timer.unref();
          }
          return timer;
        }
      : (value as WebAssembly.ImportValue);
  }
  return imports;
}

async function instantiate(): Promise<EngineConstructor> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue: Record<string, unknown> = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const wasmModule = new WebAssembly.Module(bytes);
  // The package entry imports the .wasm file directly, which Node cannot do; wire it by hand.
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": withUnrefTimers(glue),
  });
  const setWasm = glue.__wbg_set_wasm;
  const start = instance.exports.__wbindgen_start;
  const engineClass = glue.SchemaEngine;
  if (
    typeof setWasm !== "function" ||
    typeof start !== "function" ||
    typeof engineClass !== "function"
  ) {
    throw new Error("Unexpected @prisma/schema-engine-wasm layout; was the package upgraded?");
  }
  setWasm(instance.exports);
  start();
  return engineClass as unknown as EngineConstructor;
}

function loadEngineClass(): Promise<EngineConstructor> {
  const holder = globalThis as CacheHolder;
  holder[CACHE_KEY] ??= instantiate();
  return holder[CACHE_KEY];
}

/** Creates an engine for one schema, talking to the database only through `adapterFactory`. */
export async function createSchemaEngine(
  schemaFiles: { path: string; content: string }[],
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  const Engine = await loadEngineClass();
  const datamodels: [string, string][] = schemaFiles.map((file) => [file.path, file.content]);
  try {
    return await Engine.new({ datamodels }, () => {}, adapterFactory);
  } catch (error) {
    throw readableError(error);
  }
}
