"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useFormat } from "@/components/shell/use-format";
import type { AppFormat } from "@/lib/i18n/app-format";
import { flagLabel, flagSummary, type MetricsTranslate } from "@/lib/i18n/flag-text";
import type { FlagCode } from "@/lib/metrics/types";

/** `make(key)` once per key: a page's rows repeat the same statuses, flags and spans. */
function memoized<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/**
 * The words and formats every cell of the queue's table needs, made once per table instead of
 * once per cell: a page of 25 rows has some 300 cells, and each translator or formatter a cell
 * creates, and each message it formats again, is paid on every server render of the queue.
 */
export interface QueueCellText {
  t: ReturnType<typeof useTranslations<"queue">>;
  f: AppFormat;
  span: (days: number) => string;
  flag: (code: FlagCode) => { label: string; summary: string };
}

const Context = createContext<QueueCellText | null>(null);

export function QueueCellTextProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("queue");
  const tm = useTranslations("metrics") as unknown as MetricsTranslate;
  const f = useFormat();
  const text = useMemo<QueueCellText>(
    () => ({
      t,
      f,
      span: memoized(f.span),
      flag: memoized((code) => ({ label: flagLabel(tm, code), summary: flagSummary(tm, code) })),
    }),
    [t, tm, f],
  );
  return <Context.Provider value={text}>{children}</Context.Provider>;
}

export function useQueueCellText(): QueueCellText {
  const text = useContext(Context);
  if (!text) throw new Error("A queue cell renders inside QueueCellTextProvider (QueueTable).");
  return text;
}
