import type { Institution } from "@/lib/generated/prisma/enums";

export const INSTITUTION_OPTIONS: readonly { value: Institution; label: string }[] = [
  { value: "IMSS", label: "IMSS (private sector)" },
  { value: "ISSSTE", label: "ISSSTE (public sector)" },
  { value: "SANDBOX", label: "Belvo sandbox" },
];
