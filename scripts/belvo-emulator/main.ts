import { parseArgs } from "node:util";
import { PERSONAS } from "./personas";
import { DEFAULT_PORT, DEFAULT_STATE_DIR, startEmulator } from "./server";

// `npm run emulator -- --port 4010 --state-dir .data/belvo-emulator --webhook-url http://…`
const { values } = parseArgs({
  options: {
    port: { type: "string", default: String(DEFAULT_PORT) },
    host: { type: "string", default: "127.0.0.1" },
    "state-dir": { type: "string", default: DEFAULT_STATE_DIR },
    memory: { type: "boolean", default: false },
    "webhook-url": { type: "string" },
    "webhook-authorization": { type: "string" },
    now: { type: "string" },
    "page-size": { type: "string" },
    "extraction-delay-ms": { type: "string" },
    "webhook-retry-base-ms": { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative integer`);
  return parsed;
}

const emulator = await startEmulator({
  port: numberOption("port", values.port),
  host: values.host,
  stateDir: values.memory ? null : values["state-dir"],
  webhookUrl: values["webhook-url"],
  webhookAuthorization: values["webhook-authorization"],
  now: values.now,
  pageSize: numberOption("page-size", values["page-size"]),
  extractionDelayMs: numberOption("extraction-delay-ms", values["extraction-delay-ms"]),
  webhookRetryBaseMs: numberOption("webhook-retry-base-ms", values["webhook-retry-base-ms"]),
  log: values.quiet ? undefined : (line) => console.log(`[emulator] ${line}`),
});

const lines = [
  `Belvo emulator listening on ${emulator.url}`,
  `  state: ${values.memory ? "in memory" : values["state-dir"]}`,
  `  secret id:       ${emulator.secretId}`,
  `  secret password: ${emulator.secretPassword}`,
  `  controls: ${emulator.url}/_emulator/{reset,clock,refresh,faults,webhooks,personas}`,
  "",
  "Personas (any other valid CURP gets a generated, deterministic history):",
  ...Object.entries(PERSONAS).map(
    ([key, persona]) =>
      `  ${persona.curp}  ${key.padEnd(22)} ${persona.institution.padEnd(21)} ${persona.description}`,
  ),
];
console.log(lines.join("\n"));

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
