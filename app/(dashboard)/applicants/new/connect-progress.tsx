"use client";

import { useEffect, useState } from "react";
import type { ConnectStep } from "@/lib/connect/connect-steps";
import { CONNECT_STEPS } from "@/lib/connect/connect-steps";

/** The steps of a direct connection with the one in progress, and the time it has taken so far. */
export function ConnectProgress({
  current,
  institution,
}: {
  current: ConnectStep;
  institution: string;
}) {
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
          const state =
            index < currentIndex ? "done" : index === currentIndex ? "active" : "pending";
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
                {step.label.replace("{institution}", institution)}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-slate-500">
        {seconds} s elapsed. Extraction usually takes 15–60 seconds; keep this page open.
      </p>
    </div>
  );
}
