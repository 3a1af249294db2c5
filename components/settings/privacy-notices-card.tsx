import { getTranslations } from "next-intl/server";
import { NoticeText } from "@/components/consent/notice-text";
import { Badge } from "@/components/ui/badge";
import { getFormat } from "@/lib/i18n/server";
import { noticeFor, type ListedNotice } from "@/lib/privacy/notices";
import { PrivacyNoticeForm } from "./privacy-notice-form";
import { SettingsPanel } from "./settings-panel";
import type { SettingsAction } from "./use-settings-form";

const STATUS_TONE = { current: "success", scheduled: "brand", superseded: "neutral" } as const;

/** One version: its day, whether it is in effect, its first lines, and its full text folded. */
async function NoticeRow({ notice, locale }: { notice: ListedNotice; locale: string }) {
  const [t, f] = await Promise.all([getTranslations("privacy.settings.notices"), getFormat()]);
  const { version } = notice;
  return (
    <li
      className="space-y-1 py-3"
      data-testid="privacy-notice-row"
      data-version={version}
      data-status={notice.status}
    >
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{version}</span>
        {notice.builtIn ? <span className="text-xs text-slate-500">{t("builtIn")}</span> : null}
        <Badge tone={STATUS_TONE[notice.status]}>{t(`statuses.${notice.status}`)}</Badge>
      </p>
      <p className="text-xs text-slate-500">
        {notice.effectiveOn
          ? t("effectiveOn", { date: f.date(notice.effectiveOn) })
          : t("builtInSince")}
        {notice.createdBy ? (
          <span className="ml-2">{t("addedBy", { name: notice.createdBy })}</span>
        ) : null}
      </p>
      <p className="line-clamp-2 text-sm text-slate-600">{noticeFor(notice, locale).text}</p>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700 hover:underline">
          {t("showText")}
          <span className="sr-only">{version}</span>
        </summary>
        <div className="mt-2 space-y-3 rounded-md border border-slate-200 p-3">
          <p className="text-xs font-medium text-slate-900">{t("spanish")}</p>
          <NoticeText text={notice.textEs} label={t("textEsLabel", { version })} />
          <p className="text-xs font-medium text-slate-900">{t("english")}</p>
          {notice.textEn ? (
            <NoticeText text={notice.textEn} label={t("textEnLabel", { version })} />
          ) : (
            <p className="text-sm text-slate-500">{t("noEnglish")}</p>
          )}
        </div>
      </details>
    </li>
  );
}

/** Settings → Privacy: the notice's versions, and for admins a form to add one. */
export async function PrivacyNoticesCard({
  notices,
  locale,
  today,
  action,
}: {
  notices: readonly ListedNotice[];
  locale: string;
  today: string;
  /** Given to admins only. */
  action?: SettingsAction;
}) {
  const t = await getTranslations("privacy.settings.notices");
  return (
    <SettingsPanel id="privacy-notices" title={t("title")} description={t("description")}>
      <ul
        className="divide-y divide-slate-100"
        aria-label={t("listLabel")}
        data-testid="privacy-notice-list"
      >
        {notices.map((notice) => (
          <NoticeRow key={notice.version} notice={notice} locale={locale} />
        ))}
      </ul>
      {action ? (
        <PrivacyNoticeForm today={today} action={action} />
      ) : (
        <p className="text-xs text-slate-500">{t("adminsAdd")}</p>
      )}
    </SettingsPanel>
  );
}
