import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeLink } from "@/components/shell/home-link";
import { PublicCard } from "@/components/shell/public-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.notFound");
  return { title: t("title"), robots: { index: false } };
}

/** Any address Cotiza does not know, in the reader's language (Next's own page is English). */
export default async function NotFound() {
  const t = await getTranslations("shell.notFound");
  return (
    <PublicCard narrow>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("body")}</p>
      <HomeLink>{t("home")}</HomeLink>
    </PublicCard>
  );
}
