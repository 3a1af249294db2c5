import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { MainNav } from "@/components/shell/main-nav";
import { NotificationBell } from "@/components/shell/notification-bell";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { openAlertCount } from "@/lib/alerts/inbox";
import { canManageTeam } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";

export async function AppHeader({ user }: { user: SessionUser }) {
  const [t, alertCount] = await Promise.all([getTranslations(), openAlertCount(user)]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link
          href="/applicants"
          className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900"
        >
          {/* A plain img: next/image would ship its client component to every page for an SVG it
              serves as is anyway (next.config.js leaves images unoptimized). */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={24} height={24} className="shrink-0" />
          Cotiza
        </Link>
        <MainNav showTeam={canManageTeam(user.role)} alertCount={alertCount} />
        <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-3">
          <LocaleSwitch />
          <NotificationBell userId={user.id} />
          <div className="flex min-w-0 items-center gap-3" data-testid="current-user">
            <div className="min-w-0 text-right leading-tight">
              <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
              <p className="hidden text-xs text-slate-500 sm:block">{user.email}</p>
            </div>
            <Badge tone="brand" data-testid="current-role">
              {t(`common.roles.${user.role}`)}
            </Badge>
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}
