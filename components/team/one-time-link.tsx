"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/components/forms/field";
import { useFormat } from "@/components/shell/use-format";
import { Button } from "@/components/ui/button";

export type IssuedLink = { url: string; expiresAt: string; purpose: "INVITE" | "RESET" };

/** A set-password link, shown once: Cotiza sends no email, so the person who asked passes it on. */
export function OneTimeLink({ link, name }: { link: IssuedLink; name: string }) {
  const t = useTranslations("team.link");
  const f = useFormat();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2" data-testid="one-time-link" role="status">
      <p className="text-sm text-slate-700">
        {t(link.purpose, { name, expiresAt: f.dateTime(link.expiresAt) })}
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-xs`}
          aria-label={t("label", { name })}
          data-testid="one-time-link-url"
        />
        <Button
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(link.url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
