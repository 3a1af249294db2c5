"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import {
  PanelMessageText,
  useApiSend,
  type PanelMessage,
} from "@/components/applicants/use-api-send";
import { Button } from "@/components/ui/button";

type Words = { open: string; label: string; hint: string; confirm: string; cancel: string };

/**
 * A button that opens a short written note (a reason, an answer), POSTs it with `body` as
 * `{ ...body, [field]: note }`, and refreshes the page; the server's refusal shows under it.
 */
export function NoteAction(props: {
  url: string;
  body?: Record<string, unknown>;
  field: string;
  minLength: number;
  maxLength: number;
  words: Words;
  /** Test ids: `${testId}`, `${testId}-note`, `${testId}-confirm`, `${testId}-message`. */
  testId: string;
  variant?: "ghost" | "secondary";
}) {
  const send = useApiSend();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  const { words, testId } = props;
  if (!open)
    return (
      <Button
        size="sm"
        variant={props.variant ?? "ghost"}
        className="mt-1 whitespace-nowrap"
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {words.open}
      </Button>
    );
  return (
    <form
      className="mt-2 space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        const error = await send(props.url, "POST", { ...props.body, [props.field]: note });
        setBusy(false);
        if (error) return setMessage({ tone: "error", text: error });
        setOpen(false);
        router.refresh();
      }}
    >
      <label htmlFor={`${id}-note`} className="block text-xs font-medium text-slate-700">
        {words.label}
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        required
        minLength={props.minLength}
        maxLength={props.maxLength}
        rows={2}
        autoFocus
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="w-full min-w-56 rounded-md border border-slate-300 px-2 py-1 text-sm"
        data-testid={`${testId}-note`}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {words.hint}
      </p>
      <div className="flex gap-2">
        <Button size="sm" type="submit" disabled={busy} data-testid={`${testId}-confirm`}>
          {words.confirm}
        </Button>
        <Button size="sm" variant="ghost" type="button" onClick={() => setOpen(false)}>
          {words.cancel}
        </Button>
      </div>
      <PanelMessageText message={message} testId={`${testId}-message`} />
    </form>
  );
}
