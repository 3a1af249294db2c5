// Does a NOTIFY on one connection reach a LISTEN on another? (graphile-worker's wake-up relies on it.)
//   node /work/main/scripts/with-db.mjs --scratch -- node notify-probe.mjs
import pg from "pg";

const url = process.env.DATABASE_URL;
const sender = new pg.Client(url);
const listener = new pg.Client(url);
await Promise.all([sender.connect(), listener.connect()]);
const { rows } = await sender.query("SELECT version() AS v");
let received = null;
listener.on("notification", (message) => (received = message));
await listener.query("LISTEN eval_probe");
await sender.query("NOTIFY eval_probe, 'hello'");
await new Promise((resolve) => setTimeout(resolve, 1000));
console.log(`${rows[0].v.split(",")[0]}\ncross-connection NOTIFY received: ${received !== null}`);
await Promise.all([sender.end(), listener.end()]);
