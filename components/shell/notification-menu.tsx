"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { useFormat } from "@/components/shell/use-format";
import { cn } from "@/components/ui/cn";
import { apiFetch } from "@/lib/http/browser/api-fetch";
import type { Inbox } from "@/lib/notifications/inbox";

type Failure = { message: string; params: Record<string, string | number> };

/**
 * The bell: how many notifications are unread and, opened, the newest ones, each linking to its
 * applicant and marked read when followed. Escape closes it and gives the focus back to the bell;
 * so does a click outside. The list loads when opened and again when the tab comes back.
 */
export function NotificationMenu({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const f = useFormat();
  const errorText = useErrorText();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(initialUnread);
  const [items, setItems] = useState<Inbox["items"] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const load = useCallback(async () => {
    const result = await apiFetch<Inbox>("/api/notifications", {
      fallback: "notifications.failed",
    });
    if (!result.ok) return setFailure(result);
    setFailure(null);
    setItems(result.data.items);
    setUnread(result.data.unread);
  }, []);

  const markRead = useCallback(async (body: { ids: string[] } | { all: true }) => {
    const readIds = "ids" in body ? new Set(body.ids) : null;
    setItems((current) =>
      current
        ? current.map((item) => (!readIds || readIds.has(item.id) ? { ...item, read: true } : item))
        : null,
    );
    const result = await apiFetch<{ unread: number }>("/api/notifications/read", {
      body,
      fallback: "notifications.failed",
    });
    if (result.ok) setUnread(result.data.unread);
  }, []);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") void load();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [load]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function toggle() {
    if (!open) void load();
    setOpen(!open);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    bell.current?.focus();
  }

  return (
    <div ref={root} className="relative" onKeyDown={onKeyDown}>
      <button
        ref={bell}
        type="button"
        aria-label={t("bell", { count: unread })}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        data-testid="notification-bell"
      >
        <BellIcon />
        {unread > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white"
            data-testid="notification-count"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="fixed inset-x-4 top-16 z-20 rounded-lg border border-slate-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
        data-testid="notification-panel"
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2">
          <h2 className="text-sm font-semibold text-slate-900">{t("title")}</h2>
          {unread > 0 ? (
            <button
              type="button"
              onClick={() => void markRead({ all: true })}
              className="text-xs font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
              data-testid="notification-read-all"
            >
              {t("markAllRead")}
            </button>
          ) : null}
        </div>
        {failure ? (
          <p role="alert" className="px-4 py-3 text-sm text-red-800">
            {errorText(failure.message, failure.params)}
          </p>
        ) : items === null ? (
          <p className="px-4 py-3 text-sm text-slate-600" aria-busy="true">
            {t("loading")}
          </p>
        ) : items.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600" data-testid="notification-empty">
            {t("empty")}
          </p>
        ) : (
          <ul
            className="max-h-96 divide-y divide-slate-100 overflow-y-auto"
            data-testid="notification-list"
          >
            {items.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/applicants/${item.applicantId}`}
                  onClick={() => {
                    if (!item.read) void markRead({ ids: [item.id] });
                    setOpen(false);
                  }}
                  className={cn(
                    "block px-4 py-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
                    item.read ? "text-slate-600" : "font-medium text-slate-900",
                  )}
                  data-testid="notification-item"
                  data-read={item.read}
                >
                  {item.read ? null : (
                    <span className="mr-2 inline-block h-2 w-2 rounded-full bg-brand-600 align-middle">
                      <span className="sr-only">{t("unread")}</span>
                    </span>
                  )}
                  {t(`kinds.${item.kind}`, { name: item.applicantName })}
                  <span className="block text-xs font-normal text-slate-500">
                    {f.dateTime(item.createdAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9"
      />
      <path strokeLinecap="round" strokeLinejoin="round" d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
