"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Props = {
  /** What the bar at the foot of a narrow screen shows beside its button: the status. */
  status: ReactNode;
  children: ReactNode;
};

/**
 * The facts to decide with and the decision, kept in view: a sticky column on wide screens, a
 * bottom sheet behind a "Decide" bar on narrow ones (Escape or "Close" puts it away).
 */
export function DecisionAside({ status, children }: Props) {
  const t = useTranslations("applicant.aside");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [open]);
  return (
    <>
      <aside
        id="decision-aside"
        aria-label={t("title")}
        className={cn(
          "lg:top-4 lg:block lg:overflow-y-auto",
          open
            ? "fixed inset-x-0 bottom-0 z-40 max-h-[85vh] overflow-y-auto rounded-t-xl border-t border-slate-200 bg-white p-4 shadow-2xl lg:static lg:z-auto lg:max-h-none lg:rounded-none lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none"
            : "hidden lg:sticky lg:max-h-[calc(100vh-2rem)]",
        )}
        data-testid="decision-aside"
      >
        <div className="mb-2 flex justify-end lg:hidden">
          <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
            {t("close")}
          </Button>
        </div>
        {children}
      </aside>
      <div
        className="fixed inset-x-0 bottom-0 z-30 flex items-center justify-between gap-3 border-t border-slate-200 bg-white px-4 py-3 shadow-lg lg:hidden"
        data-testid="decision-bar"
      >
        {status}
        <Button
          onClick={() => setOpen(true)}
          aria-expanded={open}
          aria-controls="decision-aside"
          data-testid="decision-open"
        >
          {t("open")}
        </Button>
      </div>
    </>
  );
}
