import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DATA_DIR } from "./secrets.mjs";
import { startPGliteServer } from "../pglite/server.mjs";

const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const OWNER_FILE = path.join(DATA_DIR, "pglite-server.json");

async function queryOnce(url, sql) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server that another Cotiza command already runs for the data folder, if any. */
async function runningOwner() {
  if (!existsSync(OWNER_FILE)) return null;
  const owner = JSON.parse(readFileSync(OWNER_FILE, "utf8"));
  if (!processAlive(owner.pid)) {
    rmSync(OWNER_FILE, { force: true });
    return null;
  }
  try {
    const { rows } = await queryOnce(owner.url, "select version() as v");
    if (String(rows[0]?.v).includes("PGlite")) return owner;
  } catch {
    // Owner alive but not answering: never open the folder a second time.
  }
  throw new Error(
    `The embedded database in ${PGLITE_DIR} is owned by process ${owner.pid}, which does not answer. ` +
      "Stop that process (or delete .data/pglite-server.json if it is not a Cotiza process).",
  );
}

/** The persistent embedded database: reuse the running server, or own the folder ourselves. */
async function openEmbedded() {
  const owner = await runningOwner();
  if (owner) {
    console.log(`cotiza: using the embedded database already served by process ${owner.pid}`);
    return { url: owner.url, kind: "embedded (shared)", close: async () => {} };
  }
  mkdirSync(PGLITE_DIR, { recursive: true });
  // Exclusive create: if two commands race, only one becomes the owner.
  writeFileSync(OWNER_FILE, JSON.stringify({ pid: process.pid, url: null }), { flag: "wx" });
  try {
    const server = await startPGliteServer({ dataDir: PGLITE_DIR });
    writeFileSync(OWNER_FILE, JSON.stringify({ pid: process.pid, url: server.url }));
    console.log(
      `cotiza: embedded PostgreSQL (PGlite) serving ${path.relative(process.cwd(), PGLITE_DIR)} on port ${server.port}`,
    );
    return {
      url: server.url,
      kind: "embedded",
      async close() {
        await server.close();
        rmSync(OWNER_FILE, { force: true });
      },
    };
  } catch (error) {
    rmSync(OWNER_FILE, { force: true });
    throw error;
  }
}

/** A throwaway database: in-memory PGlite, or a fresh database on the DATABASE_URL server. */
async function openScratch(baseUrl) {
  if (!baseUrl) {
    const server = await startPGliteServer();
    return { url: server.url, kind: "in-memory PGlite", close: () => server.close() };
  }
  const name = `cotiza_scratch_${randomBytes(6).toString("hex")}`;
  await queryOnce(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: `PostgreSQL scratch database ${name}`,
    close: () => queryOnce(baseUrl, `drop database if exists ${name} with (force)`),
  };
}

/**
 * Opens the database a command should use.
 * - `persistent`: DATABASE_URL when set, else the embedded PGlite under .data/pglite.
 * - `scratch`: an empty throwaway database (tests), on DATABASE_URL's server when set.
 */
export async function openDatabase({ mode }) {
  const configured = process.env.DATABASE_URL;
  if (mode === "scratch") return openScratch(configured);
  if (configured) return { url: configured, kind: "DATABASE_URL", close: async () => {} };
  return openEmbedded();
}
