import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * The frame of a page for someone without a session: a centred card under Cotiza's name, with
 * the language switch (it keeps the choice in a cookie when nobody is signed in). `narrow` for a
 * short message or form.
 */
export function PublicCard({ children, narrow }: { children: ReactNode; narrow?: boolean }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <Card className={cn("w-full", narrow ? "max-w-md" : "max-w-lg")}>
        <CardContent roomy className="space-y-4">
          <div className="flex items-center justify-between gap-4">
            <p className="text-sm font-semibold tracking-tight text-brand-900">Cotiza</p>
            <LocaleSwitch />
          </div>
          {children}
        </CardContent>
      </Card>
    </main>
  );
}
