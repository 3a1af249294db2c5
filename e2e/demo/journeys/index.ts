import type { Journey } from "../types";
import { connectJourney } from "./connect";
import { exportJourney } from "./export";
import { monitoringJourney } from "./monitoring";
import { reviewJourney } from "./review";

/** Every demo, in the order they run: one file per journey, one line here. */
export const JOURNEYS: readonly Journey[] = [
  reviewJourney,
  connectJourney,
  monitoringJourney,
  exportJourney,
];
