// Records the demo journeys (e2e/demo/journeys): a WebM video and annotated stills per journey,
// and an index.html that shows them all, in demo-recordings/ (git-ignored).
//   npm run demo:record [-- --journey review] [--locale en] [--headed] [--slow-mo 250]
//                       [--base-url http://localhost:3000 --emulator-url http://127.0.0.1:4010]
// In Spanish unless --locale en: the browser, the captions and the demo users' saved language.
// Without --base-url (or DEMO_BASE_URL) it serves the existing `next build` (building one if there
// is none) on a fresh throwaway database with the demo data and pinned clocks, and stops it after.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { z } from "zod";
import { startDemoServer, type DemoServer } from "../e2e/demo/demo-server";
import { JOURNEYS } from "../e2e/demo/journeys";
import { DEMO_VIEWPORT, performJourney } from "../e2e/demo/stage";
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/locales";
import config from "../playwright.config";
import { indexPage, MANIFEST, manifestFor } from "./demo/index-page";
import { createVideoCamera } from "./demo/video-camera";

const { values } = parseArgs({
  options: {
    journey: { type: "string", multiple: true },
    locale: { type: "string", default: DEFAULT_LOCALE },
    headed: { type: "boolean", default: false },
    "slow-mo": { type: "string", default: "0" },
    "base-url": { type: "string", default: process.env.DEMO_BASE_URL },
    "emulator-url": { type: "string", default: process.env.DEMO_EMULATOR_URL },
    port: { type: "string", default: "3250" },
    out: { type: "string", default: "demo-recordings" },
  },
});

const fail = (message: string): never => {
  console.error(`cotiza: ${message}`);
  process.exit(2);
};
const names = JOURNEYS.map((journey) => journey.name);
const parsed = z
  .object({
    journey: z.array(z.enum(names as [string, ...string[]])).default(names),
    locale: z.enum(LOCALES),
    "slow-mo": z.coerce.number().int().min(0),
    port: z.coerce.number().int().min(1).max(65_535),
    "base-url": z.url().optional(),
    "emulator-url": z.url().optional(),
  })
  .safeParse(values);
if (!parsed.success) {
  const [issue] = parsed.error.issues;
  fail(
    `--${String(issue?.path[0])}: ${issue?.message} (journeys: ${names.join(", ")}; locales: ${LOCALES.join(", ")})`,
  );
}
const options = parsed.data!;
try {
  execFileSync("ffmpeg", ["-version"], { stdio: "ignore" });
} catch {
  fail(
    "the video needs ffmpeg: `apt-get install ffmpeg`, `brew install ffmpeg` or your OS's package.",
  );
}
const canShow =
  process.platform !== "linux" || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (values.headed && !canShow) console.log("cotiza: no display here; recording headless.");

let server: DemoServer | undefined;
if (!options["base-url"]) {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("cotiza: no production build yet; running next build…");
    execFileSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
  }
  console.log("cotiza: starting a demo server on a fresh database…");
  server = await startDemoServer({ port: options.port });
}
const baseURL = server?.url ?? options["base-url"]!;
const emulatorUrl = server?.emulatorUrl ?? options["emulator-url"] ?? "http://127.0.0.1:4010";

const browser = await chromium.launch({
  ...config.use?.launchOptions,
  headless: !(values.headed && canShow),
  slowMo: options["slow-mo"],
});
const out = path.resolve(values.out);
try {
  for (const journey of JOURNEYS.filter((candidate) => options.journey.includes(candidate.name))) {
    const dir = path.join(out, journey.name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const video = path.join(dir, "video.webm");
    const started = Date.now();
    const stills = await performJourney(journey, {
      browser,
      baseURL,
      emulatorUrl,
      dir,
      camera: createVideoCamera({ file: video, size: DEMO_VIEWPORT }),
      language: options.locale,
      // Long enough to read the caption aloud.
      holdMs: (caption) => Math.min(7_000, 1_500 + caption.length * 30),
    });
    const seconds = (Date.now() - started) / 1000;
    await writeFile(
      path.join(dir, MANIFEST),
      JSON.stringify(manifestFor(journey, stills, seconds, options.locale), null, 2),
    );
    const megabytes = (statSync(video).size / 1e6).toFixed(1);
    console.log(
      `cotiza: ${journey.name}: ${stills.length} stills, ${megabytes} MB video, ${seconds.toFixed(0)} s`,
    );
  }
  await writeFile(path.join(out, "index.html"), indexPage(out, JOURNEYS, options.locale));
  console.log(`cotiza: open ${path.join(out, "index.html")}`);
} finally {
  await browser.close();
  await server?.stop();
}
