"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ConnectStep } from "@/lib/connect/connect-steps";
import { CONNECT_STEPS } from "@/lib/connect/connect-steps";

type StepState = "done" | "active" | "pending";

function stepState(index: number, currentIndex: number): StepState {
  if (index < currentIndex) return "done";
  return index === currentIndex ? "active" : "pending";
}

/** The steps of a direct connection with the one in progress, and the time it has taken so far. */
export function ConnectProgress({
  current,
  institution,
}: {
  current: ConnectStep;
  institution: string;
}) {
  const t = useTranslations("connect.progress");
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  const currentIndex = CONNECT_STEPS.findIndex((step) => step.id === current);
  return (
    <div role="status" aria-live="polite" className="space-y-3" data-testid="connect-progress">
      <ol className="space-y-2">
        {CONNECT_STEPS.map((step, index) => {
          const state = stepState(index, currentIndex);
          return (
            <li key={step.id} className="flex items-center gap-3 text-sm" data-state={state}>
              <span
                aria-hidden
                className={
                  state === "done"
                    ? "h-2.5 w-2.5 rounded-full bg-emerald-500"
                    : state === "active"
                      ? "h-2.5 w-2.5 animate-pulse rounded-full bg-brand-600"
                      : "h-2.5 w-2.5 rounded-full bg-slate-300"
                }
              />
              <span className={state === "pending" ? "text-slate-400" : "text-slate-800"}>
                {t(`steps.${step.key}`, { institution })}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-slate-500">{t("elapsed", { seconds })}</p>
    </div>
  );
}
