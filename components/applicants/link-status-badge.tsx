import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { LinkStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<
  LinkStatus,
  {
    key: "valid" | "needsReconnection" | "unconfirmed";
    tone: "success" | "warning" | "danger" | "neutral";
  }
> = {
  VALID: { key: "valid", tone: "success" },
  INVALID: { key: "needsReconnection", tone: "danger" },
  TOKEN_REQUIRED: { key: "needsReconnection", tone: "danger" },
  UNCONFIRMED: { key: "unconfirmed", tone: "warning" },
};

// A hook rather than an async server component: the queue's client table renders it too.
export function LinkStatusBadge({ status }: { status: LinkStatus | null }) {
  const t = useTranslations("applicant.linkStatus");
  if (!status) return <Badge>{t("none")}</Badge>;
  const { key, tone } = STATUS[status];
  return (
    <Badge tone={tone} data-testid="link-status">
      {t(key)}
    </Badge>
  );
}
