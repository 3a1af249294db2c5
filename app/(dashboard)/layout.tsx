import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { TimeZoneProvider } from "@/components/shell/time-zone";
import { currentUser } from "@/lib/auth/session";
import { getOrganizationSettings } from "@/lib/settings/organization";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/login");
  // Client components read the zone with useTimeZone(); server components call
  // getOrganizationSettings() themselves (cached per request).
  const { timeZone } = await getOrganizationSettings();
  return (
    <TimeZoneProvider timeZone={timeZone}>
      <div className="min-h-screen">
        <AppHeader user={user} />
        <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">{children}</main>
      </div>
    </TimeZoneProvider>
  );
}
