"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { QueueState } from "@/lib/queue/params";
import { EXPORT_KINDS, exportHref, type ExportKind } from "@/lib/exports/request";
import type { QueueExportColumnId } from "@/lib/exports/queue-columns";
import { cn } from "@/components/ui/cn";
import { ColumnPicker, type PickerColumn } from "./column-picker";
import { isIdentifierReason } from "@/lib/applicant/identifier-reason";
import { ExportLanguage } from "./export-language";
import { IdentifierReasonField } from "./identifier-reason-field";
import { ExportProgress } from "./export-progress";
import { useExportDownload } from "./use-export-download";

type Props = {
  initialKind: ExportKind;
  /** The header language offered first: the reader's own. */
  initialLang: Locale;
  state: QueueState;
  applicantId: string | null;
  columns: readonly PickerColumn[];
  initialColumns: readonly QueueExportColumnId[];
  defaultColumns: readonly QueueExportColumnId[];
  /** Otherwise the role exports CURP, NSS and RFC in clear, and choosing them asks why. */
  identifiersMasked: boolean;
  total: number;
  /** The kinds this reader may download here (a ZIP of reports is for team leads and admins). */
  kinds?: readonly ExportKind[];
  /** The most applicants a ZIP of verification reports may cover. */
  maxReports?: number;
};

/** Choose what to export, and download it with progress. */
export function ExportForm(props: Props) {
  const t = useTranslations("exports");
  const [kind, setKind] = useState<ExportKind>(props.initialKind);
  const [lang, setLang] = useState<Locale>(props.initialLang);
  const [selected, setSelected] = useState<string[]>([...props.initialColumns]);
  const [reason, setReason] = useState("");
  const { state: download, start } = useExportDownload();
  // A single applicant has no queue row worth a file of its own: their records are the point.
  const kinds =
    props.kinds ?? (props.applicantId ? EXPORT_KINDS.filter((k) => k !== "queue") : EXPORT_KINDS);
  const busy = download.phase === "starting" || download.phase === "running";
  const noColumns = kind === "queue" && selected.length === 0;
  const tooManyReports =
    kind === "reports" && props.maxReports !== undefined && props.total > props.maxReports;
  const asksReason =
    kind === "queue" &&
    !props.identifiersMasked &&
    props.columns.some((column) => column.group === "identifiers" && selected.includes(column.id));
  const missingReason = asksReason && !isIdentifierReason(reason);

  const onDownload = () =>
    start((progressId) =>
      exportHref(
        {
          kind,
          state: props.state,
          applicantId: props.applicantId,
          columns: kind === "queue" ? (selected as QueueExportColumnId[]) : null,
          lang,
          reason: asksReason ? reason.trim() : null,
        },
        progressId,
      ),
    );

  return (
    <div className="space-y-6">
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{t("form.kind")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {kinds.map((option) => (
            <label
              key={option}
              className={cn(
                "cursor-pointer rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                kind === option
                  ? "border-brand-600 bg-brand-50"
                  : "border-slate-200 hover:border-slate-300",
              )}
            >
              <span className="flex items-center gap-2 font-medium text-slate-900">
                <input
                  type="radio"
                  name="kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                  className="accent-brand-600"
                  data-testid={`export-kind-${option}`}
                />
                {t(`kinds.${option}.title`)}
              </span>
              <span className="mt-1 block text-xs text-slate-600">
                {t(`kinds.${option}.description`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "queue" ? (
        <ColumnPicker
          columns={props.columns}
          selected={selected}
          identifiersMasked={props.identifiersMasked}
          onChange={setSelected}
          onReset={() => setSelected([...props.defaultColumns])}
        />
      ) : null}
      {asksReason ? <IdentifierReasonField value={reason} onChange={setReason} /> : null}
      <ExportLanguage
        languages={LOCALES}
        value={lang}
        onChange={setLang}
        reports={kind === "reports"}
      />
      <div>
        <Button
          onClick={onDownload}
          disabled={busy || noColumns || missingReason || tooManyReports || props.total === 0}
          data-testid="export-download"
        >
          {busy
            ? t("form.downloading")
            : kind === "reports"
              ? t("form.downloadZip")
              : t("form.download")}
        </Button>
        {noColumns ? <p className="mt-2 text-sm text-red-700">{t("form.noColumns")}</p> : null}
        {tooManyReports ? (
          <p className="mt-2 text-sm text-red-700" data-testid="too-many-reports">
            {t("form.tooManyReports", { max: props.maxReports ?? 0, count: props.total })}
          </p>
        ) : null}
        <ExportProgress state={download} reports={kind === "reports"} />
      </div>
    </div>
  );
}
