import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { clearOverlay, showCaption, spotlight } from "./overlay";
import type { Journey, Stage, StepOptions, Still } from "./types";

/** Films what the journey shows (the recorder's video); the e2e suite performs without one. */
export type Camera = {
  film: (page: Page) => Promise<void>;
  /** Takes a still with the camera's own decorations (its cursor) out of the picture. */
  still: (page: Page, take: () => Promise<unknown>) => Promise<void>;
  stop: () => Promise<void>;
};

export const DEMO_VIEWPORT = { width: 1280, height: 800 };

// Everything that could make two runs render differently is fixed here.
const CONTEXT: BrowserContextOptions = {
  viewport: DEMO_VIEWPORT,
  deviceScaleFactor: 1,
  locale: "en-US",
  timezoneId: "UTC",
  colorScheme: "light",
  reducedMotion: "reduce",
};

export type PerformOptions = {
  browser: Browser;
  baseURL: string;
  emulatorUrl: string;
  /** Where the stills go, as NN-title.png. */
  dir: string;
  camera?: Camera;
  /** Recording only: how long a caption stays up so a viewer can read it. */
  holdMs?: (caption: string) => number;
};

const slug = (title: string) =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);

/** Runs one journey in fresh browser contexts and returns its stills, in order. */
export async function performJourney(journey: Journey, options: PerformOptions): Promise<Still[]> {
  await mkdir(options.dir, { recursive: true });
  const contexts: BrowserContext[] = [];
  const stills: Still[] = [];
  const newPage = async () => {
    const context = await options.browser.newContext({ ...CONTEXT, baseURL: options.baseURL });
    contexts.push(context);
    return context.newPage();
  };
  let onCamera = await newPage();
  const show = async (page: Page) => {
    onCamera = page;
    await options.camera?.film(page);
  };

  const step = async (title: string, caption: string, { highlight, mask }: StepOptions = {}) => {
    const page = onCamera;
    const file = `${String(stills.length + 1).padStart(2, "0")}-${slug(title)}.png`;
    if (highlight) await spotlight(highlight);
    await showCaption(page, { label: `${journey.title} · ${stills.length + 1}`, title, caption });
    const take = () =>
      // Transitions jump to their end, so a still never catches a fade half-way.
      page.screenshot({
        path: path.join(options.dir, file),
        mask,
        maskColor: "#cbd5e1",
        animations: "disabled",
      });
    await (options.camera ? options.camera.still(page, take) : take());
    stills.push({ file, title, caption });
    if (options.holdMs) await page.waitForTimeout(options.holdMs(caption)); // pacing, not waiting
    await clearOverlay(page);
  };

  try {
    const stage: Stage = {
      page: onCamera,
      step,
      show,
      openPage: async () => {
        const opened = await newPage();
        await show(opened);
        return opened;
      },
      emulatorUrl: options.emulatorUrl,
    };
    await show(stage.page);
    await journey.run(stage);
  } finally {
    await options.camera?.stop();
    for (const context of contexts) await context.close();
  }
  return stills;
}
