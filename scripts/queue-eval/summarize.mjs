// Prints every RESULT line of results/*.log as compact rows, grouped by phase, and the median
// throughput per library x database over the interleaved rounds (results/*-a-r<n>.log).
//   node summarize.mjs [results dir]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir =
  process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), "results");
const rows = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".log"))
  .sort()) {
  for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
    if (line.startsWith("RESULT ")) rows.push({ file, ...JSON.parse(line.slice(7)) });
  }
}
const db = (r) => (r.database.startsWith("PGlite") ? "PGlite" : "PostgreSQL");
const show = (r, keys) => keys.map((k) => `${k}=${JSON.stringify(r[k])}`).join(" ");

for (const phase of ["a", "b", "c", "d"]) {
  console.log(`\n## phase ${phase}`);
  for (const r of rows.filter((x) => x.phase === phase)) {
    const keys = {
      a: ["variant", "completed", "drainSeconds", "jobsPerSec", "enqueuePerSec", "load1"],
      b: ["variant", "executions", "duplicates", "lost", "queueCompleted", "seconds"],
      c: [
        "label",
        "startedOnA",
        "finishedByA",
        "done",
        "takeoverSeconds",
        "allDoneSeconds",
        "runsOnB",
        "completedTwice",
      ],
      d: ["label", "jobs", "starts", "ends", "done"],
    }[phase];
    console.log(
      `${r.file.padEnd(36)} ${r.library.padEnd(40)} ${db(r).padEnd(10)} ${r.error ? `ERROR ${r.error}` : show(r, keys)}`,
    );
  }
}

console.log("\n## interleaved throughput (a): median [min-max] jobs/s over rounds");
const groups = new Map();
for (const r of rows.filter((x) => x.phase === "a" && /-a-r\d+\.log$/.test(x.file))) {
  const key = `${r.library} | ${db(r)}`;
  groups.set(key, [...(groups.get(key) ?? []), r.jobsPerSec]);
}
for (const [key, values] of groups) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `${key.padEnd(55)} ${sorted[Math.floor(sorted.length / 2)]} [${sorted[0]}-${sorted.at(-1)}] (${values.join(", ")})`,
  );
}
