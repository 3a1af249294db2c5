import { readFileSync, writeFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/**
 * How many pixels of two PNG stills differ beyond anti-aliasing noise (pixelmatch's default
 * colour threshold). A different size counts as every pixel. Writes a diff image when they differ.
 */
export function differentPixels(a: string, b: string, diffPath?: string): number {
  const one = PNG.sync.read(readFileSync(a));
  const two = PNG.sync.read(readFileSync(b));
  const { width, height } = one;
  if (two.width !== width || two.height !== height)
    return Math.max(width, two.width) * Math.max(height, two.height);
  const diff = new PNG({ width, height });
  const count = pixelmatch(one.data, two.data, diff.data, width, height, { threshold: 0.1 });
  if (count > 0 && diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  return count;
}
