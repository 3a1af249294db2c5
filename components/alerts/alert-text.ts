import type { getTranslations } from "next-intl/server";
import type { AlertKind } from "@/lib/alerts/rules";
import type { AppFormat } from "@/lib/i18n/app-format";
import { SCORE_BANDS, type ScoreBandKey } from "@/lib/metrics/score-bands";
import { storedText, storedValueReader, type StoredValue } from "../applicants/stored-values";

type T = Awaited<ReturnType<typeof getTranslations<"alerts">>>;
type Details = Record<string, StoredValue>;

const isBand = (value: StoredValue): value is ScoreBandKey =>
  SCORE_BANDS.some((band) => band.key === value);

/** The sentence that explains an alert, from its stored facts, in the reader's language. */
export function alertSentence(t: T, f: AppFormat, kind: AlertKind, details: Details): string {
  const { date, money } = storedValueReader(f);
  const employer = storedText(details.employer);
  const band = (value: StoredValue) => (isBand(value) ? t(`bands.${value}`) : storedText(value));
  const pct = typeof details.pct === "number" ? f.number(Math.abs(details.pct), 1) : "—";
  switch (kind) {
    case "JOB_LOSS":
      return t("sentences.JOB_LOSS", { employer, endDate: date(details.endDate) });
    case "SALARY_CUT":
    case "SALARY_RISE":
      return t(`sentences.${kind}`, {
        employer,
        pct,
        from: money(details.from),
        to: money(details.to),
      });
    case "NEW_EMPLOYER":
      return t("sentences.NEW_EMPLOYER", { employer, startDate: date(details.startDate) });
    case "SCORE_BAND_DROP":
      return t("sentences.SCORE_BAND_DROP", {
        period: storedText(details.period),
        from: storedText(details.from),
        to: storedText(details.to),
        fromBand: band(details.fromBand),
        toBand: band(details.toBand),
      });
    case "LINK_INVALID":
    case "LINK_RECONNECT":
    case "RECORDS_UNAVAILABLE":
      return t(`sentences.${kind}`);
  }
}

/** The badge tone of a severity. */
export const SEVERITY_TONE = { HIGH: "danger", MEDIUM: "warning", LOW: "neutral" } as const;
