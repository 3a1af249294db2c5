import { getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/report/download-link";
import type { ArcoRow } from "@/lib/privacy/arco";

/** An access request's package for the person: the JSON file and its readable PDF summary. */
export async function AccessPackageLinks({
  request,
}: {
  request: Pick<ArcoRow, "id" | "type" | "applicant">;
}) {
  if (request.type !== "ACCESS" || !request.applicant) return null;
  const t = await getTranslations("privacy.accessPackage");
  const base = `/api/privacy/requests/${request.id}/package`;
  return (
    <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs" data-testid="access-package">
      <DownloadLink href={`${base}?format=json`} testId="access-package-json">
        {t("json")}
      </DownloadLink>
      <DownloadLink href={`${base}?format=pdf`} testId="access-package-pdf">
        {t("pdf")}
      </DownloadLink>
    </p>
  );
}
