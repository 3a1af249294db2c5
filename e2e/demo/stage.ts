import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { appFormat } from "../../lib/i18n/app-format";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { browserLanguage, catalog, uiText } from "../fixtures";
import { clearOverlay, showCaption, spotlight } from "./overlay";
import type { Journey, JourneyName, Stage, StepOptions, Still } from "./types";

/** Films what the journey shows (the recorder's video); the e2e suite performs without one. */
export type Camera = {
  film: (page: Page) => Promise<void>;
  /** Takes a still with the camera's own decorations (its cursor) out of the picture. */
  still: (page: Page, take: () => Promise<unknown>) => Promise<void>;
  stop: () => Promise<void>;
};

export const DEMO_VIEWPORT = { width: 1280, height: 800 };

/** The organization's time zone in the demos (the default; the demo data keeps it). */
const DEMO_TIME_ZONE = "America/Mexico_City";

// Everything that could make two runs render differently is fixed here (the language too).
const CONTEXT: BrowserContextOptions = {
  viewport: DEMO_VIEWPORT,
  deviceScaleFactor: 1,
  timezoneId: "UTC",
  colorScheme: "light",
  reducedMotion: "reduce",
};

/**
 * The demos' own words in `language` (lib/i18n/messages/<language>/demo.json): each journey's
 * title, summary and step captions, and the recordings page's. A missing message throws.
 */
export function demoText(language: Locale) {
  const t = createTranslator({
    locale: language,
    messages: catalog(language),
    namespace: "demo",
    onError: (error) => {
      throw error;
    },
  });
  // Journeys and steps are named at run time; the catalog test proves both languages match.
  return t as unknown as (key: string, values?: Record<string, string | number>) => string;
}

/** A journey's title and summary in `language`. */
export function journeyText(journey: Journey, language: Locale) {
  const t = demoText(language);
  return { title: t(`${journey.name}.title`), summary: t(`${journey.name}.summary`) };
}

export type PerformOptions = {
  browser: Browser;
  baseURL: string;
  emulatorUrl: string;
  /** Where the stills go, as NN-step-id.png. */
  dir: string;
  camera?: Camera;
  /** Recording only: how long a caption stays up so a viewer can read it. */
  holdMs?: (caption: string) => number;
  /** The demo's language: the browsers', the captions' and the demo users' (Spanish by default). */
  language?: Locale;
};

// Still names come from step ids (signIn → sign-in), the same in every language.
const slug = (id: string) =>
  id
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);

/** Runs one journey in fresh browser contexts and returns its stills, in order. */
export async function performJourney(journey: Journey, options: PerformOptions): Promise<Still[]> {
  await mkdir(options.dir, { recursive: true });
  const language = options.language ?? DEFAULT_LOCALE;
  const text = demoText(language);
  const { title: journeyTitle } = journeyText(journey, language);
  const contexts: BrowserContext[] = [];
  const stills: Still[] = [];
  // Every browser reads the demo's language, signed in or not: its locale and Accept-Language,
  // and the cookie the language switch sets (signing in saves the choice on the account too).
  const newPage = async () => {
    const context = await options.browser.newContext({
      ...CONTEXT,
      ...browserLanguage(language),
      baseURL: options.baseURL,
    });
    await context.addCookies([{ name: LOCALE_COOKIE, value: language, url: options.baseURL }]);
    contexts.push(context);
    return context.newPage();
  };
  let onCamera = await newPage();
  const show = async (page: Page) => {
    onCamera = page;
    await options.camera?.film(page);
  };

  const step = async (id: string, { highlight, mask, values }: StepOptions = {}) => {
    const page = onCamera;
    const title = text(`${journey.name}.steps.${id}.title`);
    const caption = text(`${journey.name}.steps.${id}.caption`, values);
    if (/[{}]/.test(title + caption))
      throw new Error(`${journey.name}.${id}: a caption argument has no value: ${caption}`);
    const file = `${String(stills.length + 1).padStart(2, "0")}-${slug(id)}.png`;
    if (highlight) await spotlight(highlight);
    await showCaption(page, { label: `${journeyTitle} · ${stills.length + 1}`, title, caption });
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
    const ui = uiText(language);
    const stage: Stage<JourneyName> = {
      page: onCamera,
      step: step as Stage<JourneyName>["step"],
      show,
      openPage: async () => {
        const opened = await newPage();
        await show(opened);
        return opened;
      },
      emulatorUrl: options.emulatorUrl,
      language,
      ui,
      format: appFormat({
        locale: language,
        timeZone: DEMO_TIME_ZONE,
        t: (key, values) => ui(`common.${key}`, values),
      }),
    };
    await show(stage.page);
    await journey.run(stage);
  } finally {
    await options.camera?.stop();
    for (const context of contexts) await context.close();
  }
  return stills;
}
