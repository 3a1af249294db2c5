import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { allRoutesClientJs, deferredChunks, routeClientJs } from "./client-js";

// Three chunks: a framework chunk every route loads, one of the applicant page's own, and a chart
// chunk no route loads first.
const chunks = {
  framework: "a".repeat(5000),
  applicant: "const page = 'applicant';".repeat(40),
  chart: "/* recharts */ const chart = 1;",
};
const stats = [
  {
    route: "/applicants/[id]",
    firstLoadChunkPaths: [".next/static/chunks/framework.js", ".next/static/chunks/applicant.js"],
  },
  { route: "/login", firstLoadChunkPaths: [".next/static/chunks/framework.js"] },
];

const roots: string[] = [];
/** A build in a temporary folder, in `distDir` (the stats always name `.next/`). */
function build(distDir: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "cotiza-client-js-"));
  roots.push(root);
  mkdirSync(path.join(root, distDir, "static/chunks"), { recursive: true });
  mkdirSync(path.join(root, distDir, "diagnostics"), { recursive: true });
  for (const [name, text] of Object.entries(chunks))
    writeFileSync(path.join(root, distDir, `static/chunks/${name}.js`), text);
  writeFileSync(
    path.join(root, distDir, "diagnostics/route-bundle-stats.json"),
    JSON.stringify(stats),
  );
  return root;
}
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const gzip = (text: string) => gzipSync(Buffer.from(text)).length;

describe("first-load client JavaScript from the build's route stats", () => {
  it("sums each route's chunks, gzipped one by one, and what only that route loads", () => {
    const routes = allRoutesClientJs(build("custom"), "custom");
    expect(routes?.map((entry) => entry.route)).toEqual(["/applicants/[id]", "/login"]);
    const [applicant, login] = routes ?? [];
    expect(applicant?.total).toEqual({
      raw: chunks.framework.length + chunks.applicant.length,
      gzip: gzip(chunks.framework) + gzip(chunks.applicant),
      count: 2,
    });
    expect(applicant?.own.chunks.map((chunk) => chunk.file)).toEqual(["applicant.js"]);
    expect(applicant?.own.gzip).toBe(gzip(chunks.applicant));
    expect(login?.own).toEqual({ raw: 0, gzip: 0, chunks: [] });
  });

  it("is null without a build", () => {
    const root = build("custom");
    expect(allRoutesClientJs(root, "elsewhere")).toBeNull();
    expect(routeClientJs("/login", root)).toBeNull();
  });

  it("finds one route in .next, and the code no route loads first", () => {
    const root = build(".next");
    expect(routeClientJs("/login", root)?.total.count).toBe(1);
    expect(deferredChunks("recharts", root).map((chunk) => chunk.file)).toEqual(["chart.js"]);
  });
});
