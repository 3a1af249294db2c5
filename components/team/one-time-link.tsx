"use client";

import { useState } from "react";
import { inputClass } from "@/components/forms/field";
import { useTimeZone } from "@/components/shell/time-zone";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";

export type IssuedLink = { url: string; expiresAt: string; purpose: "INVITE" | "RESET" };

/** A set-password link, shown once: Cotiza sends no email, so the person who asked passes it on. */
export function OneTimeLink({ link, name }: { link: IssuedLink; name: string }) {
  const [copied, setCopied] = useState(false);
  const timeZone = useTimeZone();
  const what =
    link.purpose === "INVITE" ? "choose a password and sign in" : "choose a new password";
  return (
    <div className="space-y-2" data-testid="one-time-link" role="status">
      <p className="text-sm text-slate-700">
        Send this link to {name} so they can {what}. It works once, until{" "}
        {formatDateTime(link.expiresAt, { timeZone })}, and is shown only now.
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 font-mono text-xs`}
          aria-label={`Set-password link for ${name}`}
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
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
