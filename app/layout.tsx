import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TimeZoneProvider } from "@/components/shell/time-zone";
import { clientMessages } from "@/lib/i18n/client-messages";
import { FORMAT_LOCALE } from "@/lib/i18n/locales";
import { getOrganizationSettings } from "@/lib/settings/organization";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell");
  return {
    title: { default: "Cotiza", template: "%s · Cotiza" },
    description: t("description"),
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/logo.svg", type: "image/svg+xml" },
      ],
    },
  };
}

/**
 * The language (lib/i18n/request.ts) and the organization's time zone reach client components
 * through these providers; server components read them with getTranslations / getFormat.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const { timeZone } = await getOrganizationSettings();
  return (
    <html lang={FORMAT_LOCALE[locale]}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <TimeZoneProvider timeZone={timeZone}>{children}</TimeZoneProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
