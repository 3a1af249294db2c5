import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { startEmulator } from "../server";
import type { EmulatorOptions, RunningEmulator } from "../server";
import { curpCheckDigit } from "../data/identifiers";
import { assertMatchesOpenApi } from "./openapi";

export type Reply = { status: number; body: unknown; headers: Headers; text: string };

/** The `Authorization` header value for the emulator's secret keys. */
export function basicAuth(emulator: RunningEmulator): string {
  return `Basic ${Buffer.from(`${emulator.secretId}:${emulator.secretPassword}`).toString("base64")}`;
}

/** The first item of a Belvo error array (or `{}`). */
export async function firstError(reply: {
  status: number;
  body: unknown;
}): Promise<Record<string, unknown>> {
  return ((reply.body as Record<string, unknown>[])[0] ?? {}) as Record<string, unknown>;
}

/** Test-only HTTP helper: every JSON answer it sees is checked against Belvo's OpenAPI. */
export function belvoCaller(emulator: RunningEmulator) {
  const auth = basicAuth(emulator);
  return async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const url = path.startsWith("http") ? path : `${emulator.url}${path}`;
    const response = await fetch(url, {
      method,
      redirect: "manual",
      headers: { Authorization: auth, "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const isJson = (response.headers.get("content-type") ?? "").includes("application/json");
    const parsed: unknown = isJson && text ? JSON.parse(text) : text;
    if (isJson) assertMatchesOpenApi(method, url, response.status, parsed);
    return { status: response.status, body: parsed, headers: response.headers, text };
  };
}

/** A widget access token from POST /api/token/ (the emulator's keys, `extra` fields); expects 200. */
export async function accessToken(
  emulator: RunningEmulator,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const reply = await fetch(`${emulator.url}/api/token/`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      id: emulator.secretId,
      password: emulator.secretPassword,
      scopes: "read_institutions,write_links",
      ...extra,
    }),
  });
  expect(reply.status).toBe(200);
  return ((await reply.json()) as { access: string }).access;
}

export async function testEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    stateDir: null,
    now: "2026-11-25T15:00:00Z",
    extractionDelayMs: 50,
    webhookRetryBaseMs: 10,
    ...options,
  });
}

export type Received = {
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
};

/** A tiny webhook receiver on 127.0.0.1:0 that answers with the scripted statuses, then 200. */
export async function webhookReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
      });
      res.writeHead(statuses.shift() ?? 200).end();
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/belvo-webhooks`,
    received,
    /** Resolves once `count` requests have arrived (event-driven, no polling sleeps). */
    async waitFor(count: number): Promise<Received[]> {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A well-formed CURP for a person born in 1980–1999 that no persona uses. */
export function sampleCurp(n: number): string {
  const body = `GAHJ${String(80 + (n % 20)).padStart(2, "0")}${String(1 + (n % 12)).padStart(2, "0")}${String(1 + (n % 28)).padStart(2, "0")}HDFRRN${String(n % 10)}`;
  return `${body}${curpCheckDigit(body)}`;
}
