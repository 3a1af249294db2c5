import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/catalog";
import type { AppFormat } from "../../lib/i18n/app-format";
import type { Locator, Page } from "@playwright/test";
import type { uiText } from "../fixtures";

/** The demos' own words (lib/i18n/messages/<language>/demo.json). */
export type DemoMessages = Messages["demo"];
/** One journey per entry of the `demo` namespace; `index` is the recordings page's. */
export type JourneyName = Exclude<keyof DemoMessages, "index">;
/** A journey's steps, each with a title and a caption in `demo.<journey>.steps`. */
export type StepId<N extends JourneyName> = Extract<keyof DemoMessages[N]["steps"], string>;

export type StepOptions = {
  /** The element the step talks about: scrolled into view and spotlit. */
  highlight?: Locator;
  /** Values that genuinely differ on every run (a random token): painted over in the still. */
  mask?: Locator[];
  /** The caption's ICU arguments (`{name}`). */
  values?: Record<string, string | number>;
};

/** What a journey gets to act with; the same code runs in the e2e suite and in the recorder. */
export type Stage<N extends JourneyName = JourneyName> = {
  /** The page the journey starts on, signed out; the camera is on it. */
  page: Page;
  /**
   * Captions the page on camera with the step's title and caption in the demo's language, saves a
   * still (NN-step-id.png) and, when recording, holds it.
   */
  step: (id: StepId<N>, options?: StepOptions) => Promise<void>;
  /** A page in a fresh browser with no Cotiza session (the applicant's); the camera moves to it. */
  openPage: () => Promise<Page>;
  /** Moves the camera back to a page. */
  show: (page: Page) => Promise<void>;
  /** The Belvo emulator behind the app, for its test controls (clock, refresh). */
  emulatorUrl: string;
  /** The language the demo is in: the browser's, and the demo users' saved choice. */
  language: Locale;
  /** What the app says in that language, by full key: for selectors and expected text. */
  ui: ReturnType<typeof uiText>;
  /** Amounts and dates as the app writes them in that language (the organization's time zone). */
  format: AppFormat;
};

export type Journey<N extends JourneyName = JourneyName> = {
  /** Used on the command line (`--journey review`), as the output folder and for its words. */
  name: N;
  // A method, so a journey of one name is a journey (its stage's step ids are its own).
  run(stage: Stage<N>): Promise<void>;
};

/** A still as the index page lists it. */
export type Still = { file: string; title: string; caption: string };
