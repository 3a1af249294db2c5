import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { sandboxInstitutionEnabled } from "@/lib/env";
import { currentNotice, noticeFor } from "@/lib/privacy/notices";
import { NewApplicantForm } from "./new-applicant-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("connect.newApplicant");
  return { title: t("title") };
}

export default async function NewApplicantPage() {
  await requirePageUser();
  const [t, locale, notice] = await Promise.all([
    getTranslations("connect.newApplicant"),
    getLocale(),
    currentNotice(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-3xl">
        <CardContent roomy>
          <NewApplicantForm
            sandboxEnabled={sandboxInstitutionEnabled()}
            notice={noticeFor(notice, locale)}
          />
        </CardContent>
      </Card>
    </>
  );
}
