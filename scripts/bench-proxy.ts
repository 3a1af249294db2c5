// npm run bench:proxy — with the app running (npm run demo): the time Cotiza's link-detail route
// adds over calling Belvo (the emulator) directly, measured side by side in one run.
import { parseArgs } from "node:util";
import { curpCheckDigit } from "@/lib/connect/curp";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { EMULATOR_SECRET_ID, EMULATOR_SECRET_PASSWORD } from "@/lib/belvo/emulator-keys";
import { DEMO_USERS } from "@/scripts/demo/users";
import { signInCookie } from "./bench/http-session";
import { percentile } from "./bench/stats";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    emulator: { type: "string", default: "http://127.0.0.1:4010" },
    requests: { type: "string", default: "400" },
  },
});
const app = values.url;
const emulator = values.emulator;
const requests = Number(values.requests);
const basic = `Basic ${Buffer.from(`${EMULATOR_SECRET_ID}:${EMULATOR_SECRET_PASSWORD}`).toString("base64")}`;
const user = DEMO_USERS[0];

/** A CURP that passes the RENAPO checks, new on every run (so the emulator generates a history). */
function benchCurp(): string {
  const consonants = "BCDFGHJKLMNPQRSTVWXYZ";
  const stamp = Date.now();
  const letters = [0, 1, 2]
    .map((i) => consonants.charAt(Math.floor(stamp / consonants.length ** i) % consonants.length))
    .join("");
  const body = `BNCH900101HDF${letters}${stamp % 10}`;
  return `${body}${curpCheckDigit(body)}`;
}

async function connectBenchApplicant(
  cookie: string,
): Promise<{ applicantId: string; linkId: string }> {
  const reference = `BENCH-${Date.now()}`;
  const response = await fetch(`${app}/api/applicants`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      name: "Bench Applicant",
      reference,
      institution: "IMSS",
      curp: benchCurp(),
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    }),
  });
  const events = (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const done = events.find((event) => event.type === "done");
  if (!done)
    throw new Error(`Could not connect the bench applicant: ${JSON.stringify(events.at(-1))}`);
  const links = (await (
    await fetch(`${emulator}/api/links/?external_id=${reference}`, {
      headers: { authorization: basic },
    })
  ).json()) as {
    results: { id: string }[];
  };
  return { applicantId: String(done.applicantId), linkId: links.results[0]!.id };
}

async function time(call: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await call();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

async function round(
  label: string,
  direct: () => Promise<Response>,
  proxied: () => Promise<Response>,
) {
  for (let i = 0; i < 30; i += 1) await Promise.all([time(direct), time(proxied)]);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    // Interleaved, so both see the same machine load.
    a.push(await time(direct));
    b.push(await time(proxied));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const row = (name: string, s: number[]) =>
    `  ${name.padEnd(28)} p50 ${percentile(s, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(2).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(2).padStart(7)} ms`;
  const overhead = percentile(b, 50) - percentile(a, 50);
  console.log(`\n${label} (${requests} requests each)`);
  console.log(row("Belvo emulator directly", a));
  console.log(row("Cotiza /api/applicants/:id/link", b));
  console.log(
    `  overhead at p50: ${overhead.toFixed(2)} ms (${((overhead / percentile(a, 50)) * 100).toFixed(1)} %)`,
  );
}

const cookie = await signInCookie(app, user.email, user.password);
const { applicantId, linkId } = await connectBenchApplicant(cookie);
const direct = () =>
  fetch(`${emulator}/api/links/${linkId}/`, { headers: { authorization: basic } });
const proxied = () => fetch(`${app}/api/applicants/${applicantId}/link`, { headers: { cookie } });

await round("Emulator at native speed", direct, proxied);
const latencyMs = 100;
await fetch(`${emulator}/_emulator/faults`, {
  method: "POST",
  body: JSON.stringify({
    kind: "latency",
    ms: latencyMs,
    count: 2 * (requests + 30),
    path: "/api/links/",
  }),
});
await round(`With ${latencyMs} ms of Belvo latency`, direct, proxied);
await fetch(`${emulator}/_emulator/faults`, { method: "DELETE" });
