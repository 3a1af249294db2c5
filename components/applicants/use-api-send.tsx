"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/form-error";
import { apiFetch } from "@/lib/http/browser/api-fetch";

/**
 * Sends one change to the API: resolves to null when it worked, else the sentence to show (the
 * server's message with any field errors after it), in the reader's language.
 */
export function useApiSend() {
  const t = useTranslations("applicant.decision");
  const errorText = useErrorText();
  return async (url: string, method: string, body: unknown): Promise<string | null> => {
    const result = await apiFetch(url, { method, body, fallback: t("failed") });
    if (result.ok) return null;
    const fields = Object.values(result.fields).filter((key) => key !== result.message);
    return [errorText(result.message, result.params), ...fields.map((key) => errorText(key))]
      .filter(Boolean)
      .join(" ");
  };
}

export type PanelMessage = { tone: "ok" | "error"; text: string } | null;

export function PanelMessageText({
  message,
  testId = "decision-message",
}: {
  message: PanelMessage;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <p
      role={message.tone === "error" ? "alert" : "status"}
      className={message.tone === "error" ? "text-red-700" : "text-emerald-700"}
      data-testid={testId}
    >
      {message.text}
    </p>
  );
}
