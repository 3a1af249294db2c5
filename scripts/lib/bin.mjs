import path from "node:path";

/** A binary installed by npm, so scripts work when run with plain `node` too. */
export function bin(name) {
  return path.resolve("node_modules/.bin", name);
}

/** tsx's arguments for a script that runs the app's server-only modules (see as-server.mjs). */
export const AS_SERVER = ["--import", "./scripts/lib/as-server.mjs"];
