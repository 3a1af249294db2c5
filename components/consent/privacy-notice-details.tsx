import { useTranslations } from "next-intl";
import type { NoticeForReader } from "@/lib/privacy/notices";
import { NoticeText } from "./notice-text";

/**
 * The privacy notice a person is asked to accept, folded under its version: a native <details>,
 * so it opens from the keyboard, and a text box that scrolls (and takes focus to scroll) when long.
 */
export function PrivacyNoticeDetails({ notice }: { notice: NoticeForReader }) {
  const t = useTranslations("privacy.notice");
  return (
    <details
      className="rounded-md border border-slate-200 bg-white text-sm"
      data-testid="privacy-notice"
      data-notice-version={notice.version}
    >
      <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
        {t("read", { version: notice.version })}
      </summary>
      <div className="border-t border-slate-200 px-3 py-2">
        <NoticeText
          text={notice.text}
          label={t("textLabel", { version: notice.version })}
          testId="privacy-notice-text"
        />
      </div>
    </details>
  );
}
