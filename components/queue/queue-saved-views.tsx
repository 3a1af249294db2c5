"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormError, useErrorText } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { useJsonForm } from "@/components/forms/use-json-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { apiFetch } from "@/lib/http/browser/api-fetch";
import { MAX_VIEW_NAME_LENGTH, queueViewInputSchema, type SavedQueueView } from "@/lib/queue/views";
import { CARET, MENU_CLASS, PANEL_CLASS, SUMMARY_CLASS } from "./menu-styles";
import { useDismiss } from "./use-dismiss";

type ViewsAnswer = { views: SavedQueueView[] };

/**
 * The user's saved views as links (the one showing now is marked), each with its delete button,
 * and a form that saves what the queue shows now under a name.
 */
export function QueueSavedViews({
  initial,
  currentQuery,
}: {
  initial: SavedQueueView[];
  /** The canonical query of what the queue shows now, without its page. */
  currentQuery: string;
}) {
  const t = useTranslations("queue");
  const errorText = useErrorText();
  const pathname = usePathname();
  const [views, setViews] = useState(initial);
  const [status, setStatus] = useState("");
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function remove(view: SavedQueueView) {
    setDeleteError(null);
    const result = await apiFetch<ViewsAnswer>(
      `/api/preferences/queue-views/${encodeURIComponent(view.id)}`,
      { method: "DELETE", fallback: "queue.views.failed" },
    );
    if (!result.ok) return setDeleteError(errorText(result.message, result.params));
    setViews(result.data.views);
    setStatus(t("views.deleted", { name: view.name }));
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {views.length > 0 ? (
        <nav aria-label={t("views.label")}>
          <ul className="flex flex-wrap items-center gap-1.5" data-testid="queue-views">
            {views.map((view) => {
              const current = view.query === currentQuery;
              return (
                <li
                  key={view.id}
                  className={cn(
                    "flex items-center rounded-full border text-sm",
                    current
                      ? "border-brand-600 bg-brand-50 text-brand-900"
                      : "border-slate-300 bg-white text-slate-700",
                  )}
                >
                  <Link
                    href={view.query ? `${pathname}?${view.query}` : pathname}
                    aria-current={current ? "page" : undefined}
                    data-testid="queue-view-link"
                    className="rounded-full py-1 pr-1 pl-3 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                  >
                    {view.name}
                  </Link>
                  <button
                    type="button"
                    aria-label={t("views.delete", { name: view.name })}
                    title={t("views.delete", { name: view.name })}
                    data-testid="queue-view-delete"
                    onClick={() => void remove(view)}
                    className="mr-1 rounded-full px-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <SaveViewForm
        currentQuery={currentQuery}
        onSaved={(saved, name) => {
          setViews(saved);
          setStatus(t("views.saved", { name }));
        }}
      />
      {deleteError ? (
        <p role="alert" className="text-sm text-red-800">
          {deleteError}
        </p>
      ) : null}
      <p role="status" className="sr-only" data-testid="queue-views-status">
        {status}
      </p>
    </div>
  );
}

function SaveViewForm({
  currentQuery,
  onSaved,
}: {
  currentQuery: string;
  onSaved: (views: SavedQueueView[], name: string) => void;
}) {
  const t = useTranslations("queue");
  const ref = useRef<HTMLDetailsElement>(null);
  useDismiss(ref);
  const form = useJsonForm({
    schema: queueViewInputSchema,
    fields: ["name", "query"],
    url: "/api/preferences/queue-views",
    fallback: "queue.views.failed",
    onSuccess: (data: ViewsAnswer, input) => {
      onSaved(data.views, input.name);
      if (ref.current) ref.current.open = false;
    },
  });
  return (
    <details ref={ref} className={MENU_CLASS}>
      <summary className={SUMMARY_CLASS} title={t("views.saveHint")} data-testid="queue-view-save">
        {t("views.save")}
        <span aria-hidden="true" className="text-slate-400">
          {CARET}
        </span>
      </summary>
      <form className={cn(PANEL_CLASS, "sm:w-72")} onSubmit={form.onSubmit} noValidate>
        <FormError message={form.failure} params={form.failureParams} />
        <TextField
          label={t("views.name")}
          name="name"
          placeholder={t("views.namePlaceholder")}
          maxLength={MAX_VIEW_NAME_LENGTH}
          error={form.errors.name}
          data-testid="queue-view-name"
        />
        <input type="hidden" name="query" value={currentQuery} />
        <Button type="submit" size="sm" disabled={form.pending} data-testid="queue-view-submit">
          {t("views.submit")}
        </Button>
      </form>
    </details>
  );
}
