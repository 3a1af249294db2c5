import path from "node:path";
import { expect, test } from "./csp-guard";
import { differentPixels } from "./demo/compare-stills";
import { startDemoServer, type DemoServer } from "./demo/demo-server";
import { JOURNEYS } from "./demo/journeys";
import { journeyText, performJourney } from "./demo/stage";
import type { Still } from "./demo/types";

// The demo journeys run here without video, each on the demo server (pinned clocks, seeded
// applicants), so a broken demo fails CI; then all again on a fresh database, and every still
// must match the first run's. The demo server has its own port next to the suite's. They run in
// Spanish, the demos' default language (`npm run demo:record -- --locale en` records English).
const LANGUAGE = "es";
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
// Room for a few pixels of anti-aliasing noise; one changed digit is 15 or more.
const MAX_DIFFERENT_PIXELS = 5;

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: DemoServer | undefined;
const firstRun = new Map<string, { dir: string; stills: Still[] }>();

async function freshServer(): Promise<DemoServer> {
  await server?.stop();
  server = await startDemoServer({ port: PORT });
  return server;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await freshServer();
});

test.afterAll(async () => {
  await server?.stop();
});

for (const journey of JOURNEYS) {
  test(`demo: ${journeyText(journey, LANGUAGE).title}`, async ({ browser }, testInfo) => {
    const { url, emulatorUrl } = server!;
    const dir = testInfo.outputPath("stills");
    const stills = await performJourney(journey, {
      browser,
      baseURL: url,
      emulatorUrl,
      dir,
      language: LANGUAGE,
    });
    expect(stills.length).toBeGreaterThan(2);
    firstRun.set(journey.name, { dir, stills });
  });
}

test("demo: a second run on a fresh database gives the same stills", async ({
  browser,
}, testInfo) => {
  test.setTimeout(480_000);
  const { url, emulatorUrl } = await freshServer();
  for (const journey of JOURNEYS) {
    const first = firstRun.get(journey.name);
    expect(first, `${journey.name} ran first`).toBeDefined();
    const dir = testInfo.outputPath(journey.name);
    const stills = await performJourney(journey, {
      browser,
      baseURL: url,
      emulatorUrl,
      dir,
      language: LANGUAGE,
    });
    expect(stills.map((still) => still.file)).toEqual(first?.stills.map((still) => still.file));
    for (const { file } of stills) {
      const diff = testInfo.outputPath(`${journey.name}-diff-${file}`);
      const pixels = differentPixels(path.join(first!.dir, file), path.join(dir, file), diff);
      expect(
        pixels,
        `${journey.name}/${file} differs from the first run (see ${diff})`,
      ).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
    }
  }
  // The comparison itself must see a difference: two different stills of one journey.
  const [one, two] = firstRun.get(JOURNEYS[0]!.name)!.stills;
  const { dir } = firstRun.get(JOURNEYS[0]!.name)!;
  expect(differentPixels(path.join(dir, one!.file), path.join(dir, two!.file))).toBeGreaterThan(
    MAX_DIFFERENT_PIXELS,
  );
});
