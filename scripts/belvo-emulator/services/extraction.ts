import type { Emulator } from "../emulator";
import { errors } from "../http/errors";
import type { BelvoHttpError } from "../http/errors";
import { personaByCurp } from "../personas";

/**
 * The slow personas' extraction time. Returns the error the extraction ends in (the timeout
 * persona's 408), or null when the data is ready.
 */
export async function extractionDelay(emu: Emulator, curp: string): Promise<BelvoHttpError | null> {
  const behaviour = personaByCurp(curp)?.behaviour;
  if (behaviour !== "slow" && behaviour !== "timeout") return null;
  await emu.sleep(emu.settings.extractionDelayMs);
  return behaviour === "timeout" ? errors.timeout() : null;
}
