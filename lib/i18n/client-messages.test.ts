import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor, NAMESPACES } from "./catalog";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [file] : [];
  });
}

describe("clientMessages", () => {
  it("hands client components every area but the server-only ones", () => {
    const areas = Object.keys(clientMessages(messagesFor("es")));
    expect(areas.sort()).toEqual(
      NAMESPACES.filter(
        (area) => !(SERVER_ONLY_NAMESPACES as readonly string[]).includes(area),
      ).sort(),
    );
  });

  it("leaves out only areas that no client module reads", () => {
    const clientModules = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .map((file) => readFileSync(file, "utf8"))
      // Client components, and any module with the hook (it may run in one).
      .filter((text) => /^["']use client["']/m.test(text) || text.includes("useTranslations("));
    expect(clientModules.length).toBeGreaterThan(20);
    for (const area of SERVER_ONLY_NAMESPACES) {
      const asked = new RegExp(`["'\`]${area}[."'\`]`);
      expect(clientModules.filter((text) => asked.test(text))).toEqual([]);
    }
  });
});
