#!/usr/bin/env node
// Runs a command with DATABASE_URL and the generated secrets set, owning the embedded database when
// no DATABASE_URL is given.  Usage: with-db.mjs [--scratch] -- <command> [args…] | with-db.mjs --serve
import { openDatabase } from "./lib/database.mjs";
import { run } from "./lib/processes.mjs";
import { appEnvironment } from "./lib/secrets.mjs";

const argv = process.argv.slice(2);
const separator = argv.indexOf("--");
const flags = separator === -1 ? argv : argv.slice(0, separator);
const [command, ...args] = separator === -1 ? [] : argv.slice(separator + 1);
const serveOnly = flags.includes("--serve");
const unknown = flags.filter((flag) => !["--serve", "--scratch"].includes(flag));

if (unknown.length > 0 || (!command && !serveOnly)) {
  console.error("usage: with-db.mjs [--scratch] -- <command> [args…]   |   with-db.mjs --serve");
  process.exit(2);
}

const database = await openDatabase({
  mode: flags.includes("--scratch") ? "scratch" : "persistent",
});
let code = 0;
if (serveOnly) {
  console.log(
    `cotiza: database ready at ${database.url.replace(/:[^:@/]*@/, ":***@")} (Ctrl+C to stop)`,
  );
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
} else {
  code = await run(command, args, { env: appEnvironment({ DATABASE_URL: database.url }) });
}
await database.close();
process.exit(code);
