import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

export type ChunkSize = { file: string; raw: number; gzip: number };

function size(file: string): ChunkSize {
  const bytes = readFileSync(file);
  return { file: path.basename(file), raw: bytes.length, gzip: gzipSync(bytes).length };
}

/**
 * The client JavaScript a route loads first, from `next build`'s route bundle stats: every chunk,
 * and the part no other route loads (what this page adds on top of the shared framework).
 */
export function routeClientJs(route: string, root = process.cwd()) {
  const file = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const target = stats.find((entry) => entry.route === route);
  if (!target) return null;
  const elsewhere = new Set(
    stats.filter((entry) => entry.route !== route).flatMap((entry) => entry.firstLoadChunkPaths),
  );
  const chunks = target.firstLoadChunkPaths.map((chunk) => size(path.join(root, chunk)));
  const own = chunks.filter((_, i) => !elsewhere.has(target.firstLoadChunkPaths[i] as string));
  const sum = (list: ChunkSize[], key: "raw" | "gzip") => list.reduce((t, c) => t + c[key], 0);
  return {
    total: { raw: sum(chunks, "raw"), gzip: sum(chunks, "gzip"), count: chunks.length },
    own: { raw: sum(own, "raw"), gzip: sum(own, "gzip"), chunks: own },
  };
}

/** Chunks no route loads first that contain `marker`: code split off and loaded on demand. */
export function deferredChunks(marker: string, root = process.cwd()): ChunkSize[] {
  const file = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return [];
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const firstLoad = new Set(
    stats.flatMap((entry) => entry.firstLoadChunkPaths.map((chunk) => path.basename(chunk))),
  );
  const dir = path.join(root, ".next/static/chunks");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js") && !firstLoad.has(name))
    .filter((name) => readFileSync(path.join(dir, name), "utf8").includes(marker))
    .map((name) => size(path.join(dir, name)));
}
