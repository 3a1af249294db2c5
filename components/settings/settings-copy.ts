// What each setting changes, shown under its field (and beside its value for those who only read).
export const FIGURE_HELP = {
  timeZone:
    "Decides which calendar day a moment falls on: each pull's as-of day, the data's age, and the times shown on applicant pages. Stored times stay in UTC.",
  flagWindowMonths:
    "An employment gap longer than 3 months is a warning when it ended within this many months before the data's as-of day; older gaps are listed for information only.",
  declaredIncomeTolerancePct:
    "A declared monthly income above the verified one by more than this percentage is flagged. 0 flags any declaration above the verified income.",
} as const;

export const FIGURE_LABELS = {
  timeZone: "Time zone",
  flagWindowMonths: "Flag window",
  declaredIncomeTolerancePct: "Declared-income tolerance",
} as const;
