import { afterAll, beforeAll, beforeEach } from "vitest";
import type { EmulatorOptions, RunningEmulator } from "../server";
import { belvoCaller, testEmulator } from "./harness";

export type Suite = {
  emulator: RunningEmulator;
  call: ReturnType<typeof belvoCaller>;
  control(path: string, body?: unknown): Promise<unknown>;
};

/** One emulator per test file, reset before every test; the returned object is filled in beforeAll. */
export function emulatorSuite(options: EmulatorOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.emulator = await testEmulator(options);
    suite.call = belvoCaller(suite.emulator);
    suite.control = async (path, body = {}) => {
      const reply = await fetch(`${suite.emulator.url}/_emulator/${path}`, {
        method: "POST",
        body: JSON.stringify(body),
      });
      return (await reply.json()) as unknown;
    };
  });
  afterAll(() => suite.emulator.close());
  beforeEach(async () => {
    await suite.control("reset");
  });
  return suite;
}
