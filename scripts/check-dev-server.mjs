#!/usr/bin/env node
// `npm run dev` as on a fresh clone: with an empty data folder (a temporary COTIZA_DATA_DIR: no
// database, no secrets, no emulator state) it must migrate, seed the demo accounts and applicants,
// and let the demo team lead sign in and open the queue. Ports of its own; exits 0 when all works.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PORT = Number(process.env.DEV_CHECK_PORT ?? 3700);
const base = `http://127.0.0.1:${PORT}`;
const LEAD = { email: "lead@cotiza.demo", password: "cotiza-demo-lead" };
const DEADLINE_MS = 240_000;

const dataDir = mkdtempSync(path.join(tmpdir(), "cotiza-dev-check-"));
const env = { ...process.env, COTIZA_DATA_DIR: dataDir, PORT: String(PORT) };
env.EMULATOR_PORT = String(PORT + 1010);
delete env.DATABASE_URL; // the embedded database, as a newcomer has it
const server = spawn("npm", ["run", "--silent", "dev"], {
  env,
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let output = "";
server.stdout.on("data", (chunk) => (output += chunk));
server.stderr.on("data", (chunk) => (output += chunk));
const stop = () => {
  server.removeAllListeners("exit");
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  // The embedded database lets go of its folder once the server is gone.
  setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 2000);
};

function fail(message) {
  console.error(`✖ dev server: ${message}\n--- its output ---\n${output.slice(-6000)}`);
  stop();
  setTimeout(() => process.exit(1), 2500);
}
setTimeout(() => fail(`not ready in ${DEADLINE_MS / 1000} s`), DEADLINE_MS).unref();
server.on("exit", (code) => fail(`exited early (code ${code})`));

const started = Date.now();
const pause = () => new Promise((resolve) => setTimeout(resolve, 250));
while (!output.includes("serving on")) await pause();
const prepared = Date.now();
// `next dev` listens a moment after it starts.
while (
  !(await fetch(`${base}/login`).then(
    (r) => r.ok,
    () => false,
  ))
)
  await pause();

/** A cookie jar of one: the session and CSRF cookies next-auth sets. */
const cookies = new Map();
async function request(path, init = {}) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    redirect: "manual",
    headers: {
      ...init.headers,
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    },
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return response;
}

process.on("unhandledRejection", (error) => fail(String(error)));
const { csrfToken } = await (await request("/api/auth/csrf")).json();
const signIn = await request("/api/auth/callback/credentials", {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ csrfToken, ...LEAD, json: "true" }),
});
if (signIn.status >= 400) fail(`sign-in answered ${signIn.status}`);
const session = await (await request("/api/auth/session")).json();
if (session?.user?.email !== LEAD.email)
  fail(`no session after signing in: ${JSON.stringify(session)}`);
const queue = await request("/applicants");
const html = await queue.text();
if (queue.status !== 200 || !html.includes('data-testid="queue-row"')) {
  fail(`the queue answered ${queue.status} without demo applicants`);
}
if (/relation "[a-z_]+" does not exist/.test(output)) fail("a table was missing at some point");
console.log(
  `✔ dev server: database prepared and serving in ${((prepared - started) / 1000).toFixed(1)} s; ` +
    `signed in and opened the queue in ${((Date.now() - prepared) / 1000).toFixed(1)} s`,
);
stop();
setTimeout(() => process.exit(0), 2500);
