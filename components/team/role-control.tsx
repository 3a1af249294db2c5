"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputLookClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { cn } from "@/components/ui/cn";

type RoleControlProps = {
  member: { id: string; name: string; role: Role };
  roles: Role[];
  busy: boolean;
  /** Resolves to whether the change was saved; the menu goes back to the saved role if not. */
  onChange: (role: Role) => Promise<boolean>;
};

/** A role menu with an explicit button: arrowing through a select must not change anyone's role. */
export function RoleControl({ member, roles, busy, onChange }: RoleControlProps) {
  const t = useTranslations("team.members");
  const roleName = useTranslations("common.roles");
  const [role, setRole] = useState<Role>(member.role);
  return (
    <div className="flex items-center gap-2">
      <select
        aria-label={t("roleOf", { name: member.name })}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        className={cn(inputLookClass, "mt-0 w-36 bg-white py-1.5")}
        data-testid="member-role-select"
      >
        {roles.map((choice) => (
          <option key={choice} value={choice}>
            {roleName(choice)}
          </option>
        ))}
      </select>
      {role !== member.role ? (
        <Button
          size="sm"
          disabled={busy}
          onClick={async () => {
            if (!(await onChange(role))) setRole(member.role);
          }}
          data-testid="member-role-save"
        >
          {t("saveRole")}
        </Button>
      ) : null}
    </div>
  );
}
