"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * A file download the browser handles itself (a plain link). When it issues something (a report
 * with a new folio), the page is refreshed a moment later so the list of issued reports shows it.
 */
export function DownloadLink({
  href,
  children,
  variant,
  refresh = false,
  className,
  testId,
}: {
  href: string;
  children: ReactNode;
  variant?: "primary" | "secondary" | "ghost";
  refresh?: boolean;
  className?: string;
  testId?: string;
}) {
  const router = useRouter();
  return (
    <a
      href={href}
      download
      data-testid={testId}
      className={
        variant
          ? cn(buttonVariants({ variant }), className)
          : cn("font-medium text-brand-700 hover:underline", className)
      }
      onClick={refresh ? () => setTimeout(() => router.refresh(), 1500) : undefined}
    >
      {children}
    </a>
  );
}

/** The newest pull's verification report, issued in the reader's language. */
export function ReportDownloadButton({ applicantId }: { applicantId: string }) {
  const t = useTranslations("report.card");
  return (
    <DownloadLink
      href={`/api/applicants/${applicantId}/report`}
      variant="secondary"
      refresh
      testId="download-report"
    >
      {t("download")}
    </DownloadLink>
  );
}
