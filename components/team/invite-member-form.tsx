"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { useJsonForm } from "@/components/forms/use-json-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { inviteMemberSchema } from "@/lib/team/input";
import { OneTimeLink, type IssuedLink } from "./one-time-link";

/** Invites someone by name, email and role; `roles` are the ones the signed-in user may give. */
export function InviteMemberForm({ roles }: { roles: Role[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ link: IssuedLink; name: string } | null>(null);
  const { errors, failure, pending, onSubmit } = useJsonForm({
    schema: inviteMemberSchema,
    fields: ["name", "email", "role"],
    url: "/api/team/members",
    fallback: "The invite could not be created. Try again.",
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
          Invite someone else
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="invite-member-form">
      <FormError message={failure} testId="invite-member-error" />
      <TextField label="Full name" name="name" error={errors.name} />
      <TextField label="Email" name="email" type="email" error={errors.email} />
      <SelectField
        label="Role"
        name="role"
        defaultValue="UNDERWRITER"
        error={errors.role}
        options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
      />
      <Button type="submit" disabled={pending} data-testid="invite-member-submit">
        {pending ? "Creating link…" : "Create invite link"}
      </Button>
    </form>
  );
}
