"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// next-auth's browser client loads when someone signs out, not with every page.
const signOut = () =>
  import("next-auth/react").then((client) => client.signOut({ callbackUrl: "/login" }));

export function SignOutButton() {
  const t = useTranslations("shell.header");
  return (
    <Button variant="secondary" size="sm" onClick={() => void signOut()} data-testid="sign-out">
      {t("signOut")}
    </Button>
  );
}
