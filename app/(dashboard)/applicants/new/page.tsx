import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { NewApplicantForm } from "./new-applicant-form";

export const metadata: Metadata = { title: "New applicant" };

export default async function NewApplicantPage() {
  await requirePageUser();
  return (
    <>
      <PageHeader
        title="New applicant"
        description="Connect an applicant's IMSS or ISSSTE account with their CURP, on their behalf and with their consent."
      />
      <Card className="max-w-3xl">
        <CardContent className="py-6">
          <NewApplicantForm sandboxEnabled={env().BELVO_ENV !== "production"} />
        </CardContent>
      </Card>
    </>
  );
}
