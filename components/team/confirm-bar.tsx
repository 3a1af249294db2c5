"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";

type ConfirmBarProps = {
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** An inline "are you sure": focus moves to it, and Escape or Cancel leaves it. */
export function ConfirmBar({ children, confirmLabel, busy, onConfirm, onCancel }: ConfirmBarProps) {
  const t = useTranslations();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      data-testid="member-confirm"
    >
      <p className="flex-1">{children}</p>
      <button
        ref={confirmRef}
        type="button"
        className={buttonVariants({ size: "sm" })}
        disabled={busy}
        onClick={onConfirm}
        data-testid="member-confirm-yes"
      >
        {busy ? t("team.members.working") : confirmLabel}
      </button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={onCancel}>
        {t("common.actions.cancel")}
      </Button>
    </div>
  );
}
