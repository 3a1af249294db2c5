"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { PanelMessageText, useApiSend, type PanelMessage } from "./use-api-send";

type User = { id: string; name: string };
export type AssignmentProps = {
  applicantId: string;
  assignedToId: string | null;
  currentUserId: string;
  canAssignOthers: boolean;
  users: readonly User[];
};

/** Who works the applicant: underwriters take or release it; leads and admins assign anyone. */
export function AssignmentControl(props: AssignmentProps) {
  const t = useTranslations("applicant.decision");
  const send = useApiSend();
  const router = useRouter();
  const id = useId();
  const [assignee, setAssignee] = useState(props.assignedToId ?? "");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  const choices = props.canAssignOthers
    ? props.users
    : props.users.filter(
        (user) => user.id === props.currentUserId || user.id === props.assignedToId,
      );

  async function assign(userId: string | null) {
    setBusy(true);
    setMessage(null);
    const error = await send(`/api/applicants/${props.applicantId}/assignment`, "PUT", { userId });
    setBusy(false);
    if (error) return setMessage({ tone: "error", text: error });
    setAssignee(userId ?? "");
    setMessage({ tone: "ok", text: userId ? t("assignmentSaved") : t("unassignedDone") });
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-assignee`} className="font-medium text-slate-900">
        {t("assignee")}
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={`${id}-assignee`}
          value={assignee}
          disabled={busy}
          onChange={(e) => void assign(e.target.value || null)}
          className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2"
          data-testid="assignee"
        >
          <option value="">{t("unassigned")}</option>
          {choices.map((user) => (
            <option key={user.id} value={user.id}>
              {user.id === props.currentUserId ? t("you", { name: user.name }) : user.name}
            </option>
          ))}
        </select>
        {assignee !== props.currentUserId ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={busy}
            onClick={() => void assign(props.currentUserId)}
            data-testid="assign-to-me"
          >
            {t("assignToMe")}
          </Button>
        ) : null}
      </div>
      <PanelMessageText message={message} testId="assignment-message" />
    </div>
  );
}
