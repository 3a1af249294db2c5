"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useFormat } from "@/components/shell/use-format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import type { TeamMember } from "@/lib/team/members";
import { ConfirmBar } from "./confirm-bar";
import { MemberStatusBadge } from "./member-status-badge";
import { OneTimeLink } from "./one-time-link";
import { RoleControl } from "./role-control";
import { useMemberActions } from "./use-member-actions";

type MemberRowProps = {
  member: TeamMember;
  /** The roles the viewer may give this member; empty when the viewer may not change them. */
  roles: Role[];
  self: boolean;
};

export function MemberRow({ member, roles, self }: MemberRowProps) {
  const t = useTranslations("team.members");
  const roleName = useTranslations("common.roles");
  const f = useFormat();
  const actions = useMemberActions(member.id);
  const { busy, confirming, link, error } = actions;
  const manageable = roles.length > 0;
  const button = { variant: "ghost", size: "sm", disabled: busy } as const;
  return (
    <>
      <tr
        className="border-t border-slate-100"
        data-testid="member-row"
        data-email={member.email}
        data-role={member.role}
        data-status={member.status}
      >
        <td className="py-3 pr-4">
          <p className="font-medium text-slate-900">
            {member.name}
            {self ? <Badge className="ml-2">{t("you")}</Badge> : null}
          </p>
          <p className="text-xs text-slate-500">{member.email}</p>
        </td>
        <td className="py-3 pr-4">
          {manageable ? (
            <RoleControl member={member} roles={roles} busy={busy} onChange={actions.changeRole} />
          ) : (
            <span data-testid="member-role">{roleName(member.role)}</span>
          )}
        </td>
        <td className="py-3 pr-4">
          <MemberStatusBadge status={member.status} />
          {member.lockedUntil ? (
            <p className="mt-1 text-xs text-red-700" data-testid="member-locked">
              {t("lockedUntil", { time: f.dateTime(member.lockedUntil) })}
            </p>
          ) : null}
        </td>
        <td className="py-3 pr-4 text-xs whitespace-nowrap text-slate-600">
          {member.lastLoginAt ? f.dateTime(member.lastLoginAt) : t("never")}
        </td>
        <td className="py-3 text-right whitespace-nowrap">
          {manageable && member.lockedUntil ? (
            <Button {...button} onClick={actions.unlock} data-testid="member-unlock">
              {t("unlock")}
            </Button>
          ) : null}
          {manageable && !self && member.active ? (
            <>
              <Button
                {...button}
                onClick={(event) => actions.confirm("reset", event.currentTarget)}
                data-testid="member-reset"
              >
                {t("reset")}
              </Button>
              <Button
                {...button}
                onClick={(event) => actions.confirm("deactivate", event.currentTarget)}
                data-testid="member-deactivate"
              >
                {t("deactivate")}
              </Button>
            </>
          ) : null}
          {manageable && !member.active ? (
            <Button
              {...button}
              onClick={() => actions.setActive(true)}
              data-testid="member-reactivate"
            >
              {t("reactivate")}
            </Button>
          ) : null}
        </td>
      </tr>
      {error || link || confirming ? (
        <tr>
          <td colSpan={5} className="space-y-2 pb-3">
            <FormError
              message={error?.message ?? null}
              params={error?.params}
              testId="member-error"
            />
            {confirming === "deactivate" ? (
              <ConfirmBar
                confirmLabel={t("deactivate")}
                busy={busy}
                onCancel={actions.cancel}
                onConfirm={() => actions.setActive(false)}
              >
                {t("confirmDeactivate", { name: member.name })}
              </ConfirmBar>
            ) : null}
            {confirming === "reset" ? (
              <ConfirmBar
                confirmLabel={t("reset")}
                busy={busy}
                onCancel={actions.cancel}
                onConfirm={actions.resetPassword}
              >
                {t("confirmReset", { name: member.name })}
              </ConfirmBar>
            ) : null}
            {link ? <OneTimeLink link={link} name={member.name} /> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
