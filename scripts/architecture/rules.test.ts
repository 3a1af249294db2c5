import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

// Each rule of `.dependency-cruiser.mjs` must be able to fail: a small tree that breaks it, cruised
// with the same rules as the repository, must be reported under that rule's name.

const root = path.resolve(import.meta.dirname, "../..");
const depcruise = path.join(root, "node_modules/.bin/depcruise");
const run = promisify(execFile);
const trees: string[] = [];

type Tree = Record<string, string>;

async function violations(tree: Tree): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "cotiza-architecture-"));
  trees.push(dir);
  const files: Tree = {
    "tsconfig.json": JSON.stringify({
      compilerOptions: { baseUrl: ".", paths: { "@/*": ["./*"] } },
    }),
    ".dependency-cruiser.mjs": `import { architectureConfig } from ${JSON.stringify(
      path.join(root, "scripts/architecture/rules.mjs"),
    )};\nexport default architectureConfig(import.meta.dirname);\n`,
    "node_modules/server-only/package.json": '{"name":"server-only","main":"index.js"}',
    "node_modules/server-only/index.js": "",
    ...tree,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const sources = Object.keys(tree).map((file) => file.split("/")[0] as string);
  const { stdout } = await run(
    depcruise,
    ["--config", ".dependency-cruiser.mjs", "--output-type", "json", ...new Set(sources)],
    { cwd: dir },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const result = JSON.parse(stdout) as { summary: { violations: { rule: { name: string } }[] } };
  return [...new Set(result.summary.violations.map((violation) => violation.rule.name))];
}

afterEach(async () => {
  await Promise.all(trees.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("architecture rules", () => {
  it("accept a tree that keeps the layers", async () => {
    expect(
      await violations({
        "lib/db/index.ts": 'import "server-only";\nexport const db = () => 1;\n',
        "lib/dates.ts": "export const day = 1;\n",
        "lib/metrics/tenure.ts": 'import { day } from "@/lib/dates";\nexport const t = day;\n',
        "lib/queue/list.ts":
          'import "server-only";\nimport { db } from "@/lib/db";\nimport { t } from "@/lib/metrics/tenure";\nexport const list = () => db() + t;\n',
        "app/page.tsx": 'import { list } from "@/lib/queue/list";\nexport default list;\n',
        "components/chart.tsx":
          '"use client";\nimport { t } from "@/lib/metrics/tenure";\nexport const c = t;\n',
      }),
    ).toEqual([]);
  });

  it.each<[string, Tree]>([
    [
      "no-cycles",
      {
        "lib/metrics/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
        "lib/metrics/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
      },
    ],
    [
      "client-imports-server-only",
      {
        "lib/queue/list.ts": 'import "server-only";\nexport const list = 1;\n',
        "components/table.tsx":
          '"use client";\nimport { list } from "@/lib/queue/list";\nexport const t = list;\n',
      },
    ],
    [
      "pure-imports-io",
      {
        "lib/metrics/income.ts":
          'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
      },
    ],
    [
      "app-imports-tooling",
      {
        "scripts/belvo-emulator/personas.ts": "export const PERSONAS = [];\n",
        "lib/connect/connect.ts":
          'import { PERSONAS } from "@/scripts/belvo-emulator/personas";\nexport const p = PERSONAS;\n',
      },
    ],
    [
      "app-imports-test-helpers",
      {
        "lib/queue/testing/fixture.ts": "export const fixture = 1;\n",
        "lib/queue/list.ts":
          'import { fixture } from "./testing/fixture";\nexport const l = fixture;\n',
      },
    ],
    [
      "infrastructure-imports-feature",
      {
        "lib/team/members.ts": "export const members = 1;\n",
        "lib/auth/session.ts":
          'import { members } from "@/lib/team/members";\nexport const s = members;\n',
      },
    ],
    [
      "database-outside-data-access",
      {
        "lib/db/index.ts": "export const db = () => 1;\n",
        "app/api/route.ts": 'import { db } from "@/lib/db";\nexport const GET = db;\n',
      },
    ],
    [
      "database-outside-data-access",
      {
        "lib/generated/prisma/client.ts": "export class PrismaClient {}\n",
        "components/panel.tsx":
          'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const p = new PrismaClient();\n',
      },
    ],
    [
      "client-imports-server-only",
      {
        "components/button.tsx": '"use client";\nimport "server-only";\nexport const b = 1;\n',
      },
    ],
  ])("report %s (tree %#)", async (rule, tree) => {
    expect(await violations(tree)).toContain(rule);
  });
});
