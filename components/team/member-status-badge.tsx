import { Badge } from "@/components/ui/badge";
import type { MemberStatus } from "@/lib/team/members";

const STATUS = {
  ACTIVE: { label: "Active", tone: "success" },
  INVITED: { label: "Invited", tone: "brand" },
  RESET_PENDING: { label: "Password reset", tone: "warning" },
  DEACTIVATED: { label: "Deactivated", tone: "neutral" },
} as const;

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return (
    <Badge tone={STATUS[status].tone} data-testid="member-status">
      {STATUS[status].label}
    </Badge>
  );
}
