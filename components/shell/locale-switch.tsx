"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition, type ChangeEvent } from "react";
import { cn } from "@/components/ui/cn";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

const noSubscription = () => () => {};

/**
 * "Español / English": saves the choice (on the account when signed in, in a cookie either way)
 * and re-renders the page in it. Works on the sign-in and public pages too.
 */
export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations("common.locale");
  const locale = useLocale();
  const router = useRouter();
  // The language being switched to, shown until the refreshed page speaks it.
  const [pending, setPending] = useState<Locale | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const [failed, setFailed] = useState(false);
  const busy = pending !== null || refreshing;
  // Disabled until hydrated: a choice made before React listens would be lost.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    // Not disabled while busy: a disabled select would drop the keyboard focus.
    if (!isLocale(next) || next === locale || busy) return;
    setPending(next);
    setFailed(false);
    const response = await fetch("/api/locale", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: next }),
    }).catch(() => null);
    if (!response?.ok) {
      setPending(null);
      return setFailed(true);
    }
    startRefresh(() => {
      router.refresh();
      setPending(null);
    });
  }

  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <select
        aria-label={t("label")}
        value={pending ?? locale}
        onChange={onChange}
        disabled={!hydrated}
        aria-busy={busy}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600"
        data-testid="locale-switch"
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {t(value)}
          </option>
        ))}
      </select>
      {failed ? (
        <span role="alert" className="text-xs text-red-700">
          {t("failed")}
        </span>
      ) : null}
    </span>
  );
}
