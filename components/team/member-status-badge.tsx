import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { MemberStatus } from "@/lib/team/members";

const TONES = {
  ACTIVE: "success",
  INVITED: "brand",
  RESET_PENDING: "warning",
  DEACTIVATED: "neutral",
} as const satisfies Record<MemberStatus, string>;

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const t = useTranslations("team.status");
  return (
    <Badge tone={TONES[status]} data-testid="member-status">
      {t(status)}
    </Badge>
  );
}
