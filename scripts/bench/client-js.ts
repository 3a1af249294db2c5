import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

export type ChunkSize = { file: string; raw: number; gzip: number };

/** One route's first load: every chunk, and the part no other route loads first. */
export type RouteClientJs = {
  route: string;
  total: { raw: number; gzip: number; count: number };
  own: { raw: number; gzip: number; chunks: ChunkSize[] };
};

function size(file: string): ChunkSize {
  const bytes = readFileSync(file);
  return { file: path.basename(file), raw: bytes.length, gzip: gzipSync(bytes).length };
}

const sum = (list: ChunkSize[], key: "raw" | "gzip") => list.reduce((t, c) => t + c[key], 0);

/**
 * The chunks each route loads before it is interactive, as a Turbopack `next build` writes them
 * (`.next/diagnostics/route-bundle-stats.json`; `next build` stopped printing sizes in Next 16).
 * Null without a build.
 */
export function readRouteStats(root = process.cwd(), distDir = ".next"): RouteStats[] | null {
  const file = path.join(root, distDir, "diagnostics/route-bundle-stats.json");
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
}

/**
 * The client JavaScript of every route's first load, gzip-sized chunk by chunk (each chunk is its
 * own response), with what only that route loads (what it adds on top of the shared framework).
 */
export function allRoutesClientJs(root = process.cwd(), distDir = ".next"): RouteClientJs[] | null {
  const stats = readRouteStats(root, distDir);
  if (!stats) return null;
  const sized = chunkSizer(root, distDir);
  return stats.map((target) => {
    const elsewhere = new Set(
      stats.filter((entry) => entry.route !== target.route).flatMap((e) => e.firstLoadChunkPaths),
    );
    const chunks = target.firstLoadChunkPaths.map(sized);
    const own = target.firstLoadChunkPaths.filter((c) => !elsewhere.has(c)).map(sized);
    return {
      route: target.route,
      total: { raw: sum(chunks, "raw"), gzip: sum(chunks, "gzip"), count: chunks.length },
      own: { raw: sum(own, "raw"), gzip: sum(own, "gzip"), chunks: own },
    };
  });
}

/** A chunk's file from its path in the stats (which always say `.next/`, whatever the dist dir). */
export function chunkFile(chunk: string, root = process.cwd(), distDir = ".next"): string {
  return path.join(root, chunk.replace(/^\.next\//, `${distDir}/`));
}

/** Sizes chunks by their path in the stats, each file read and compressed once. */
export function chunkSizer(root = process.cwd(), distDir = ".next") {
  const sizes = new Map<string, ChunkSize>();
  return (chunk: string): ChunkSize => {
    const known = sizes.get(chunk);
    if (known) return known;
    const measured = size(chunkFile(chunk, root, distDir));
    sizes.set(chunk, measured);
    return measured;
  };
}

/** The first load of one route (see `allRoutesClientJs`); null without a build or that route. */
export function routeClientJs(route: string, root = process.cwd()) {
  return allRoutesClientJs(root)?.find((entry) => entry.route === route) ?? null;
}

/** Chunks no route loads first that contain `marker`: code split off and loaded on demand. */
export function deferredChunks(marker: string, root = process.cwd()): ChunkSize[] {
  const stats = readRouteStats(root);
  if (!stats) return [];
  const firstLoad = new Set(
    stats.flatMap((entry) => entry.firstLoadChunkPaths.map((chunk) => path.basename(chunk))),
  );
  const dir = path.join(root, ".next/static/chunks");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js") && !firstLoad.has(name))
    .filter((name) => readFileSync(path.join(dir, name), "utf8").includes(marker))
    .map((name) => size(path.join(dir, name)));
}
