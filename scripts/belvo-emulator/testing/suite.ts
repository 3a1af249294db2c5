import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { EmulatorOptions, RunningEmulator } from "../server";
import { belvoCaller, testEmulator } from "./harness";
import type { Reply } from "./harness";

type Row = Record<string, unknown>;

export type Suite = {
  emulator: RunningEmulator;
  call: ReturnType<typeof belvoCaller>;
  control(path: string, body?: unknown): Promise<unknown>;
  /** POST /api/links/ for a single-access link; the reply is returned unchecked. */
  createLink(curp: string, institution?: string): Promise<Reply>;
  /** Creates an IMSS single-access link (with `extra` fields), expects 201 and returns it. */
  link(curp: string, extra?: Row): Promise<Row>;
};

/** One emulator per test file, reset before every test; the returned object is filled in beforeAll. */
export function emulatorSuite(options: EmulatorOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.emulator = await testEmulator(options);
    suite.call = belvoCaller(suite.emulator);
  });
  suite.control = async (path, body = {}) => {
    const reply = await fetch(`${suite.emulator.url}/_emulator/${path}`, {
      method: "POST",
      body: JSON.stringify(body),
    });
    return (await reply.json()) as unknown;
  };
  suite.createLink = (curp, institution = "imss_mx_employment") =>
    suite.call("POST", "/api/links/", { institution, username: curp, access_mode: "single" });
  suite.link = async (curp, extra = {}) => {
    const reply = await suite.call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: curp,
      access_mode: "single",
      ...extra,
    });
    expect(reply.status).toBe(201);
    return reply.body as Row;
  };
  afterAll(() => suite.emulator.close());
  beforeEach(async () => {
    await suite.control("reset");
  });
  return suite;
}
