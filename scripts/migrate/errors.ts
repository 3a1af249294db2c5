import type { ErrorRegistry } from "@prisma/driver-adapter-utils";

interface PanicRegistry {
  get(): string;
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

// The wasm glue reports Rust panics through this global; without it a panic surfaces as
// "Cannot read properties of undefined (reading 'set_message')" and hides the real message.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  get() {
    return this.message;
  },
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
  },
} as PanicRegistry & { message: string };

/** Turns what the engine throws (plain objects, wasm panics) into an Error with a readable message. */
export function readableError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get() ?? "";
    return new Error(`Schema engine panicked: ${panic || error.message}`, { cause: error });
  }
  if (error instanceof Error) return error;
  if (
    typeof error === "object" &&
    error !== null &&
    "message" in error &&
    typeof error.message === "string"
  ) {
    return new Error(error.message, { cause: error });
  }
  return new Error(`Schema engine failed: ${String(error)}`);
}

function describeDriverError(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const cause: unknown = "cause" in error ? error.cause : undefined;
  if (typeof cause === "object" && cause !== null) {
    const original = "originalMessage" in cause ? cause.originalMessage : undefined;
    return typeof original === "string" ? original : JSON.stringify(cause);
  }
  return error instanceof Error ? error.message : JSON.stringify(error);
}

/**
 * Engine errors end in a Rust span trace, and adapter failures read "External error id#N": keep the
 * first part, name the migration from the trace, and append what the database said.
 */
export function withDriverCause(error: unknown, registry: ErrorRegistry): Error {
  const readable = readableError(error);
  const [head = "", trace = ""] = readable.message.split(/\n(?=\s+0: )/);
  const match = /External error id#(\d+)/.exec(head);
  const record = match ? registry.consumeError(Number(match[1])) : undefined;
  if (!record) {
    readable.message = head.trim();
    return readable;
  }
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  const prefix = migration ? `Migration ${migration} failed` : "The database rejected a statement";
  readable.message = `${prefix}: ${describeDriverError(record.error)}`;
  return readable;
}
