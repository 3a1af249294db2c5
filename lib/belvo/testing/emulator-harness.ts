// Test-only: starts the emulator for one test file and builds clients that talk to it over real
// HTTP. Nothing here mocks fetch; the wrapper only counts what goes on the wire.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startEmulator } from "@/scripts/belvo-emulator/server";
import type { BelvoClient } from "../client";
import type { BelvoRequestEvent } from "../http";
import type { RetryOptions } from "../retry";
import { createBelvoClient } from "../client";
import { BelvoError } from "../errors";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emulator: Emulator;

/** Call at the top of a test file: one emulator per file, reset before every test. */
export function withEmulator(): () => Emulator {
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      stateDir: null,
      pageSize: 2,
      extractionDelayMs: 200,
    });
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(async () => {
    await control("reset");
    // Reset keeps a frozen clock; a test that moved it must not leak that into the next one.
    await control("clock", { now: null });
  });
  return () => emulator;
}

export function basicAuth(): string {
  return `Basic ${Buffer.from(`${emulator.secretId}:${emulator.secretPassword}`).toString("base64")}`;
}

export async function control(path: string, body: unknown = {}): Promise<unknown> {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: basicAuth() },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`emulator control ${path} answered ${res.status}: ${await res.text()}`);
  const text = await res.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

export type Fault = {
  kind: "latency" | "rate_limit" | "server_error" | "timeout" | "malformed" | "institution_down";
  ms?: number;
  count?: number;
  path?: string;
};
export const fault = (spec: Fault) => control("faults", spec);

/** Faults still armed, with how many requests each will still answer. */
export async function armedFaults(): Promise<
  { kind: string; remaining: number; path: string | null }[]
> {
  const res = await fetch(`${emulator.url}/_emulator/faults`, {
    headers: { Authorization: basicAuth() },
  });
  return (await res.json()) as { kind: string; remaining: number; path: string | null }[];
}

export interface ClientOptions {
  retry?: RetryOptions;
  timeoutMs?: number;
  retrievalTimeoutMs?: number;
  secretPassword?: string;
}

export function client(options: ClientOptions = {}) {
  const events: BelvoRequestEvent[] = [];
  const sleeps: number[] = [];
  const sent: string[] = [];
  const belvo = createBelvoClient({
    baseUrl: emulator.url,
    secretId: emulator.secretId,
    secretPassword: options.secretPassword ?? emulator.secretPassword,
    timeoutMs: options.timeoutMs ?? 5_000,
    retrievalTimeoutMs: options.retrievalTimeoutMs ?? 10_000,
    // Waits are recorded, not slept, so Retry-After and backoff are checked to the millisecond.
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...options.retry },
    fetch: (input, init) => {
      sent.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    },
    onRequest: (event) => events.push(event),
  });
  return { belvo, events, sleeps, sent };
}

export async function caught(promise: Promise<unknown>): Promise<BelvoError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BelvoError))
    throw new Error(`expected a BelvoError, got ${String(error)}`);
  return error;
}

export const linkFor = (belvo: BelvoClient, curp: string, institution = "imss_mx_employment") =>
  belvo.links.create({ institution, curp, accessMode: "single", externalId: "cotiza_test_1" });

/** IMSS may refuse at link creation or at retrieval; either way the error is what matters. */
export async function errorFor(belvo: BelvoClient, curp: string): Promise<BelvoError> {
  return caught(
    linkFor(belvo, curp).then((link) => belvo.employmentRecords.retrieve({ linkId: link.id })),
  );
}
