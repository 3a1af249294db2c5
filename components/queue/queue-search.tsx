"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const DEBOUNCE_MS = 350;

/** Search as you type (debounced) or on Enter; the URL's `q` is the source of truth. */
export function QueueSearch({
  value,
  onSearch,
}: {
  value?: string;
  onSearch: (q?: string) => void;
}) {
  const t = useTranslations("queue");
  const [text, setText] = useState(value ?? "");
  // Follow the URL when it changes from elsewhere (reset, back button) without losing focus.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if ((value ?? "") !== text.trim()) setText(value ?? "");
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const submit = (next: string) => {
    clearTimeout(timer.current);
    if (next.trim() !== (value ?? "")) onSearch(next.trim() || undefined);
  };
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        submit(text);
      }}
    >
      <label htmlFor="queue-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        id="queue-search"
        type="search"
        data-testid="queue-search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.placeholder")}
        className="h-9 w-60 rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => submit(next), DEBOUNCE_MS);
        }}
      />
    </form>
  );
}
