"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/http/browser/api-fetch";

/** Someone work can be assigned to: an active underwriter or team lead. */
export type Assignee = { id: string; name: string };

const UNASSIGN = "none";

/**
 * The bar of a bulk assignment (team leads and admins): "Assign 3 applicants to …", for the rows
 * selected on this page. The rows reload once the assignment is saved.
 */
export function QueueBulkAssign({
  applicantIds,
  assignees,
  onDone,
  onClear,
}: {
  applicantIds: string[];
  assignees: readonly Assignee[];
  onDone: (message: string) => void;
  onClear: () => void;
}) {
  const t = useTranslations("queue");
  const errorText = useErrorText();
  const router = useRouter();
  const selectId = useId();
  const [choice, setChoice] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = applicantIds.length;

  async function assign(event: React.FormEvent) {
    event.preventDefault();
    if (!choice) return;
    setBusy(true);
    setError(null);
    const result = await apiFetch<{ changed: number }>("/api/applicants/assignment", {
      method: "POST",
      body: { applicantIds, userId: choice === UNASSIGN ? null : choice },
      fallback: "queue.bulk.failed",
    });
    setBusy(false);
    if (!result.ok) {
      const fields = Object.values(result.fields).map((key) => errorText(key));
      return setError([errorText(result.message, result.params), ...fields].join(" "));
    }
    setChoice("");
    onDone(t("bulk.done", { count: result.data.changed }));
    router.refresh();
  }

  return (
    <form
      aria-label={t("bulk.label")}
      onSubmit={assign}
      data-testid="queue-bulk-assign"
      className="flex flex-wrap items-center gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm"
    >
      <label htmlFor={selectId} className="font-medium text-slate-800">
        {t("bulk.assignTo", { count })}
      </label>
      <select
        id={selectId}
        data-testid="queue-bulk-assignee"
        className="h-8 max-w-56 rounded-md border border-slate-300 bg-white px-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="" disabled>
          {t("bulk.choose")}
        </option>
        {assignees.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
        <option value={UNASSIGN}>{t("bulk.unassign")}</option>
      </select>
      <Button type="submit" size="sm" disabled={busy || !choice} data-testid="queue-bulk-submit">
        {t("bulk.submit")}
      </Button>
      <Button variant="ghost" size="sm" onClick={onClear} data-testid="queue-bulk-clear">
        {t("bulk.clear")}
      </Button>
      {error ? (
        <p role="alert" className="basis-full text-red-800" data-testid="queue-bulk-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
