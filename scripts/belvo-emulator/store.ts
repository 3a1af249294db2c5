import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { emptyState } from "./state";
import type { EmulatorState } from "./state";

const FILE = "belvo-emulator-state.json";

export type Store = {
  load(): EmulatorState;
  save(state: EmulatorState): void;
  file: string | null;
};

/** JSON in `stateDir`, written atomically (temp file + rename) so a crash never leaves half a file. */
export function fileStore(stateDir: string | null): Store {
  if (stateDir === null) return { load: emptyState, save: () => undefined, file: null };
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, FILE);
  return {
    file,
    load(): EmulatorState {
      try {
        const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<EmulatorState>;
        return parsed.version === 1 ? { ...emptyState(), ...parsed } : emptyState();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
        throw error;
      }
    },
    save(state: EmulatorState): void {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(state));
      renameSync(temp, file);
    },
  };
}
