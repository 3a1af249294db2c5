import { useTranslations } from "next-intl";
import { canManageMember, grantableRoles } from "@/lib/auth/permissions";
import type { TeamMember } from "@/lib/team/members";
import type { SessionUser } from "@/lib/auth/users";
import { MemberRow } from "./member-row";

const HEADERS = ["name", "role", "status", "lastSignIn"] as const;

/** Everyone with an account; each row offers only what the viewer's role allows on it. */
export function MembersTable({ members, viewer }: { members: TeamMember[]; viewer: SessionUser }) {
  const t = useTranslations("team.members");
  const roles = grantableRoles(viewer.role);
  return (
    // Focusable so a keyboard can scroll it sideways on a narrow screen.
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
      <table className="w-full text-left text-sm" data-testid="members-table">
        <caption className="sr-only">{t("label")}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className="pr-4 pb-2 font-medium whitespace-nowrap">
                {t(`columns.${header}`)}
              </th>
            ))}
            <th scope="col" className="pb-2 text-right font-medium">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              roles={canManageMember(viewer.role, member.role) ? roles : []}
              self={member.id === viewer.id}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
