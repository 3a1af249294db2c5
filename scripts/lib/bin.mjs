import path from "node:path";

/** A binary installed by npm, so scripts work when run with plain `node` too. */
export function bin(name) {
  return path.resolve("node_modules/.bin", name);
}
