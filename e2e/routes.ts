import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppRoute = { file: string; url: string; kind: "page" | "api"; methods: string[] };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function urlFor(segments: string[]): string {
  const parts = segments
    .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups do not appear in URLs
    .map((segment) =>
      segment.startsWith("[")
        ? segment.includes("...")
          ? "any/path"
          : "00000000-0000-4000-8000-000000000000"
        : segment,
    );
  return `/${parts.join("/")}`;
}

function exportedMethods(source: string): string[] {
  return METHODS.filter((method) =>
    new RegExp(`export\\s+(async\\s+)?(const|function)\\s+${method}\\b|as\\s+${method}\\b`).test(
      source,
    ),
  );
}

/** Every page and route handler under app/, found from the file system so new routes are covered. */
export function appRoutes(root = "app"): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, [...segments, entry.name]);
      else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        routes.push({ file: full, url: urlFor(segments), kind: "page", methods: ["GET"] });
      } else if (/^route\.(ts|js)$/.test(entry.name)) {
        routes.push({
          file: full,
          url: urlFor(segments),
          kind: "api",
          methods: exportedMethods(readFileSync(full, "utf8")),
        });
      }
    }
  };
  walk(root, []);
  return routes;
}
