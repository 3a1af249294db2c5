import { z } from "zod";

const clockSchema = z.object({ now: z.string(), frozen: z.boolean() });

/** Reads the Belvo emulator's clock, or sets it (`{now: ISO}` freezes it, `{now: null}` frees it). */
export async function emulatorClock(emulatorUrl: string, change?: { now: string | null }) {
  const response = await fetch(`${emulatorUrl}/_emulator/clock`, {
    method: change ? "POST" : "GET",
    headers: { "Content-Type": "application/json" },
    body: change ? JSON.stringify(change) : undefined,
  });
  if (!response.ok) throw new Error(`The Belvo emulator's clock answered ${response.status}.`);
  return clockSchema.parse(await response.json());
}

/**
 * Runs `work` with the Belvo emulator's clock frozen at `at` (its personas are placed around the
 * day it first sees them), then sets the clock back as it was: frozen where it was, or real time.
 */
export async function withEmulatorClock<T>(
  emulatorUrl: string,
  at: Date,
  work: () => Promise<T>,
): Promise<T> {
  const before = await emulatorClock(emulatorUrl);
  await emulatorClock(emulatorUrl, { now: at.toISOString() });
  try {
    return await work();
  } finally {
    await emulatorClock(emulatorUrl, { now: before.frozen ? before.now : null });
  }
}
