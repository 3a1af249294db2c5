"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { QueueColumnId, QueueTableInstance } from "./queue-features";
import { CARET, MENU_CLASS, OPTION_CLASS, PANEL_CLASS, SUMMARY_CLASS } from "./menu-styles";
import { useDismiss } from "./use-dismiss";

/** Shows or hides columns; the choice is remembered for this user. */
export function QueueViewOptions({ table }: { table: QueueTableInstance }) {
  const t = useTranslations("queue");
  const ref = useRef<HTMLDetailsElement>(null);
  useDismiss(ref);
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <details ref={ref} className={MENU_CLASS}>
      <summary className={SUMMARY_CLASS} data-testid="queue-columns-menu">
        {t("columns.menu")}
        <span aria-hidden="true" className="text-slate-400">
          {CARET}
        </span>
      </summary>
      <fieldset className={`${PANEL_CLASS} right-0 left-auto`}>
        <legend className="sr-only">{t("columns.visible")}</legend>
        {columns.map((column) => (
          <label key={column.id} className={OPTION_CLASS}>
            <input
              type="checkbox"
              className="accent-brand-600"
              data-testid={`queue-column-toggle-${column.id}`}
              checked={column.getIsVisible()}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            {t(`columnNames.${column.id as QueueColumnId}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
