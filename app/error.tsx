"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { HomeLink } from "@/components/shell/home-link";
import { PublicCard } from "@/components/shell/public-card";
import { Button } from "@/components/ui/button";

/** A page that failed to render, in the reader's language; the root layout and its providers stay. */
export default function AppErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations();
  useEffect(() => {
    console.error("cotiza: a page failed to render", error.digest ?? error.message);
  }, [error]);
  return (
    <PublicCard narrow>
      <h1 className="text-xl font-semibold">{t("shell.error.title")}</h1>
      <p className="text-sm text-slate-700">{t("shell.error.body")}</p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={reset}>{t("common.actions.tryAgain")}</Button>
        <HomeLink>{t("shell.error.home")}</HomeLink>
      </div>
    </PublicCard>
  );
}
