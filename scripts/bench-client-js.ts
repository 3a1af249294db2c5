// npm run bench:client-js — after `npm run build`: the client JavaScript each page route loads
// first (gzip, chunk by chunk), the part only that route loads, and whether the salary chart's
// Recharts code stays out of the applicant page's first load. Reads the build, starts nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { allRoutesClientJs, chunkFile, chunkSizer, readRouteStats } from "./bench/client-js";

const { values } = parseArgs({
  options: {
    // COTIZA_DIST_DIR names a build of its own (next.config.js), e.g. one built beside the main one.
    "dist-dir": { type: "string", default: process.env.COTIZA_DIST_DIR || ".next" },
    json: { type: "boolean", default: false },
  },
});
const root = process.cwd();
const distDir = values["dist-dir"];
const APPLICANT_ROUTE = "/applicants/[id]";
const APPLICANT_TARGET_KB = 150;

const stats = readRouteStats(root, distDir);
const routes = allRoutesClientJs(root, distDir);
if (!stats || !routes) {
  console.error(
    `bench:client-js: no ${distDir}/diagnostics/route-bundle-stats.json; run \`npm run build\` first (Turbopack writes it)`,
  );
  process.exit(1);
}
const pages = routes.sort((a, b) => b.total.gzip - a.total.gzip || a.route.localeCompare(b.route));

if (values.json) {
  const rows = pages.map(({ route, total, own }) => ({
    route,
    chunks: total.count,
    rawBytes: total.raw,
    gzipBytes: total.gzip,
    ownGzipBytes: own.gzip,
  }));
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const header = ["route", "chunks", "raw KB", "gzip KB", "only this route, gzip KB"];
const rows = pages.map((entry) => [
  entry.route,
  String(entry.total.count),
  kb(entry.total.raw),
  kb(entry.total.gzip),
  kb(entry.own.gzip),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(" | ")} |`;
console.log(`First-load client JavaScript per page route (${distDir}; each chunk gzipped)\n`);
console.log(line(header));
console.log(
  `|${widths.map((w, i) => (i ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`,
);
for (const row of rows) console.log(line(row));

// What every page loads (the framework, the root layout's providers): the floor of any route.
const [first, ...others] = stats.map((entry) => new Set(entry.firstLoadChunkPaths));
const shared = first ? [...first].filter((chunk) => others.every((list) => list.has(chunk))) : [];
const sized = chunkSizer(root, distDir);
const sharedGzip = shared.reduce((total, chunk) => total + sized(chunk).gzip, 0);
console.log(`\nloaded by every page: ${shared.length} chunks, ${kb(sharedGzip)} KB gzip`);

const applicant = pages.find((entry) => entry.route === APPLICANT_ROUTE);
const applicantChunks = stats.find((entry) => entry.route === APPLICANT_ROUTE)?.firstLoadChunkPaths;
if (applicant && applicantChunks) {
  const met = applicant.total.gzip <= APPLICANT_TARGET_KB * 1024;
  console.log(
    `${APPLICANT_ROUTE}: ${kb(applicant.total.gzip)} KB gzip (target ≤ ${APPLICANT_TARGET_KB} KB: ${met ? "met" : "not met"})`,
  );
  const withChart = applicantChunks.filter((chunk) =>
    readFileSync(chunkFile(chunk, root, distDir), "utf8").includes("recharts"),
  );
  console.log(
    withChart.length
      ? `  Recharts is in its first load: ${withChart.map((chunk) => path.basename(chunk)).join(", ")}`
      : "  Recharts stays out of its first load (the salary chart loads after hydration)",
  );
}
