// Cotiza's layering, as dependency-cruiser rules. The root `.dependency-cruiser.mjs` applies them
// to the repository; `rules.test.ts` proves that each one fails on a tree that breaks it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Shared infrastructure: sits below the features and never imports them. */
const INFRASTRUCTURE =
  "^lib/(auth|http|jobs|db|crypto|belvo|testing)/|^lib/(env|errors|format|dates|clock|audit)\\.ts$";
/** Product capabilities: rules and database access side by side. */
const FEATURES =
  "^lib/(queue|applicant|connect|exports|team|webhooks|metrics|settings|i18n|report)/";
/** Pure modules: no database, network, files or framework; only other pure modules. */
const PURE = "^lib/metrics/|^lib/(dates|format)\\.ts$";
/** Tooling the app never imports at run time: the emulator, migrations, PGlite, demo seeding. */
const TOOLING = "^scripts/";
/** What the running app is made of (tests and test helpers aside). */
const APP = "^(app|components|lib)/|^(proxy|instrumentation)\\.ts$";
const TESTS = "\\.test\\.tsx?$|/testing/";
const DATABASE = "^lib/db/index\\.ts$|^lib/generated/";

const SOURCE = /\.(ts|tsx|mjs|js)$/;
const SKIP = new Set(["node_modules", ".next", ".git", ".data", "generated", "test-results"]);

function sourceFiles(baseDir, dir = "") {
  return readdirSync(path.join(baseDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(baseDir, relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

const escape = (file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;

/** Files whose first statement is the given directive or import (e.g. "use client"). */
function filesStartingWith(baseDir, pattern) {
  return sourceFiles(baseDir)
    .filter((file) => pattern.test(readFileSync(path.join(baseDir, file), "utf8")))
    .map(escape);
}

const rule = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

const anyOf = (patterns) => (patterns.length ? patterns.join("|") : "^$");

/** The rules for the tree at `baseDir` (client components are found by their "use client"). */
export function architectureConfig(baseDir) {
  const clientComponents = anyOf(filesStartingWith(baseDir, /^\s*["']use client["']/));
  const serverOnly = anyOf([
    ...filesStartingWith(baseDir, /^import ["']server-only["'];/m),
    DATABASE,
    "(^|/)node_modules/server-only/",
  ]);
  return {
    forbidden: [
      rule(
        "no-cycles",
        "Modules form layers; a cycle means one concept in two places or a layer pointing up.",
        {},
        { circular: true },
      ),
      rule(
        "client-imports-server-only",
        "A client component runs in the browser: no database, no server-only module.",
        { path: clientComponents },
        { path: serverOnly, dependencyTypesNot: ["type-only"] },
      ),
      rule(
        "pure-imports-io",
        "Metrics, dates and formats are pure: they import only other pure modules.",
        { path: PURE, pathNot: TESTS },
        { pathNot: PURE, dependencyTypesNot: ["type-only"] },
      ),
      rule(
        "app-imports-tooling",
        "The emulator, the migration tool, PGlite and demo seeding are not the app.",
        { path: APP, pathNot: TESTS },
        { path: TOOLING },
      ),
      rule(
        "app-imports-test-helpers",
        "Test helpers and fixtures serve tests only.",
        { path: APP, pathNot: TESTS },
        { path: TESTS },
      ),
      rule(
        "infrastructure-imports-feature",
        "auth, http, jobs, db, belvo… sit below the features and never import them.",
        { path: INFRASTRUCTURE, pathNot: TESTS },
        { path: FEATURES },
      ),
      rule(
        "database-outside-data-access",
        "Pages, routes and components reach the database through lib/, never directly.",
        { path: "^(app|components)/" },
        { path: DATABASE, dependencyTypesNot: ["type-only"] },
      ),
    ],
    options: {
      // Listed as leaves (so rules can name them) but not cruised into.
      doNotFollow: { path: "(^|/)(node_modules|lib/generated)/" },
      exclude: { path: "(^|/)\\.next/" },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: path.join(baseDir, "tsconfig.json") },
      enhancedResolveOptions: {
        exportsFields: ["exports"],
        conditionNames: ["import", "require", "node", "default", "types"],
        extensions: [".ts", ".tsx", ".mjs", ".js", ".d.ts", ".json"],
      },
    },
  };
}
