import { Badge } from "@/components/ui/badge";
import type { LinkStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<
  LinkStatus,
  { label: string; tone: "success" | "warning" | "danger" | "neutral" }
> = {
  VALID: { label: "Connected", tone: "success" },
  INVALID: { label: "Needs reconnection", tone: "danger" },
  TOKEN_REQUIRED: { label: "Needs reconnection", tone: "danger" },
  UNCONFIRMED: { label: "Unconfirmed", tone: "warning" },
};

export function LinkStatusBadge({ status }: { status: LinkStatus | null }) {
  if (!status) return <Badge>No link</Badge>;
  const { label, tone } = STATUS[status];
  return (
    <Badge tone={tone} data-testid="link-status">
      {label}
    </Badge>
  );
}
