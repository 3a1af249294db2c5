"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { useJsonForm } from "@/components/forms/use-json-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { inviteMemberSchema } from "@/lib/team/input";
import { OneTimeLink, type IssuedLink } from "./one-time-link";

/** Invites someone by name, email and role; `roles` are the ones the signed-in user may give. */
export function InviteMemberForm({ roles }: { roles: Role[] }) {
  const t = useTranslations("team.invite");
  const roleName = useTranslations("common.roles");
  const router = useRouter();
  const [created, setCreated] = useState<{ link: IssuedLink; name: string } | null>(null);
  const { errors, failure, failureParams, pending, onSubmit } = useJsonForm({
    schema: inviteMemberSchema,
    fields: ["name", "email", "role"],
    url: "/api/team/members",
    fallback: "team.invite.failed",
    onSuccess: (link: IssuedLink, input) => {
      setCreated({ link, name: input.name });
      router.refresh();
    },
  });

  if (created) {
    return (
      <div className="space-y-3" data-testid="invite-member-created">
        <OneTimeLink link={created.link} name={created.name} />
        <Button variant="ghost" onClick={() => setCreated(null)}>
          {t("again")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="invite-member-form">
      <FormError message={failure} params={failureParams} testId="invite-member-error" />
      <TextField label={t("name")} name="name" error={errors.name} />
      <TextField label={t("email")} name="email" type="email" error={errors.email} />
      <SelectField
        label={t("role")}
        name="role"
        defaultValue="UNDERWRITER"
        error={errors.role}
        options={roles.map((role) => ({ value: role, label: roleName(role) }))}
      />
      <Button type="submit" disabled={pending} data-testid="invite-member-submit">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
