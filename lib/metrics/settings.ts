import { PUBLISHED_REFERENCES } from "./reference-values";
import type { ReferenceTable } from "./reference-values";

/** What the organization decides about its figures (Settings); the rest is fixed by the rules. */
export interface FigureSettings {
  /** Gaps that ended longer ago than this weigh less: an informational `old-gap`. */
  flagWindowMonths: number;
  /** A declared income above the verified one by more than this percentage is flagged. */
  declaredIncomeTolerancePct: number;
  /** UMA and minimum wages by year. */
  reference: ReferenceTable;
}

export const DEFAULT_FIGURE_SETTINGS: FigureSettings = {
  flagWindowMonths: 36,
  declaredIncomeTolerancePct: 20,
  reference: PUBLISHED_REFERENCES,
};
