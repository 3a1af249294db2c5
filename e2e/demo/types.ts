import type { Locator, Page } from "@playwright/test";

export type StepOptions = {
  /** The element the step talks about: scrolled into view and spotlit. */
  highlight?: Locator;
  /** Values that genuinely differ on every run (a random token): painted over in the still. */
  mask?: Locator[];
};

/** What a journey gets to act with; the same code runs in the e2e suite and in the recorder. */
export type Stage = {
  /** The page the journey starts on, signed out; the camera is on it. */
  page: Page;
  /** Captions the page on camera, saves a still (NN-title.png) and, when recording, holds it. */
  step: (title: string, caption: string, options?: StepOptions) => Promise<void>;
  /** A page in a fresh browser with no Cotiza session (the applicant's); the camera moves to it. */
  openPage: () => Promise<Page>;
  /** Moves the camera back to a page. */
  show: (page: Page) => Promise<void>;
  /** The Belvo emulator behind the app, for its test controls (clock, refresh). */
  emulatorUrl: string;
};

export type Journey = {
  /** Used on the command line (`--journey review`) and as the output folder. */
  name: string;
  title: string;
  summary: string;
  run: (stage: Stage) => Promise<void>;
};

/** A still as the index page lists it. */
export type Still = { file: string; title: string; caption: string };
