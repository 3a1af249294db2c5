import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyForm } from "@/components/report/verify-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report.verify");
  return { title: t("title") };
}

/** Whether Cotiza issued exactly a given report file: by folio and the file or its SHA-256. */
export default async function VerifyPage() {
  await requirePageUser();
  const t = await getTranslations("report.verify");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardContent>
          <VerifyForm />
        </CardContent>
      </Card>
    </>
  );
}
