"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ITEMS = [
  { href: "/applicants", label: "applicants" },
  { href: "/alerts", label: "alerts" },
  { href: "/exports", label: "exports" },
  { href: "/verify", label: "verify" },
  { href: "/team", label: "team", teamOnly: true },
  { href: "/privacy", label: "privacy", teamOnly: true },
  { href: "/settings", label: "settings" },
] as const;

/**
 * `showTeam` comes from the server (lib/auth/permissions.ts), which also guards the page itself;
 * `alertCount` is the signed-in user's open alerts (lib/alerts/inbox.ts).
 */
export function MainNav({ showTeam, alertCount }: { showTeam: boolean; alertCount: number }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const items = ITEMS.filter((item) => showTeam || !("teamOnly" in item));
  return (
    <nav
      aria-label={t("label")}
      className="-mx-1 flex max-w-full items-center gap-1 overflow-x-auto px-1 max-sm:order-last max-sm:w-full sm:flex-wrap"
    >
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "shrink-0 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600",
              active
                ? "bg-brand-50 text-brand-900"
                : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            {t(item.label)}
            {item.href === "/alerts" && alertCount > 0 ? (
              <span
                className="ml-1.5 inline-flex min-w-5 justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white"
                data-testid="nav-alert-count"
              >
                <span aria-hidden="true">{alertCount}</span>
                <span className="sr-only">{t("alertCount", { count: alertCount })}</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
