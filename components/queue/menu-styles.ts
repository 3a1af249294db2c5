/** The disclosure caret of a menu button (decorative, hidden from readers). */
export const CARET = "▾";

export const SUMMARY_CLASS =
  "flex h-9 cursor-pointer list-none items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden";

/**
 * A menu's `<details>`: the anchor of its panel from `sm` up; on a phone the panel spans the whole
 * toolbar (which is `relative`) so it never sticks out past the right edge.
 */
export const MENU_CLASS = "sm:relative";

/** Hidden while closed (even an unrendered absolute panel would widen the page). */
export const PANEL_CLASS =
  "absolute left-0 z-20 mt-1 max-sm:inset-x-0 sm:min-w-56 [details:not([open])>&]:hidden space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg";

export const OPTION_CLASS =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600";
