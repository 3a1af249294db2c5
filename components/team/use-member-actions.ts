"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { ErrorParams } from "@/lib/errors";
import { apiFetch } from "@/lib/http/browser/api-fetch";
import type { IssuedLink } from "./one-time-link";

export type Confirming = "deactivate" | "reset" | null;

/** Why the last action failed: a catalog key and its params (render with <FormError>). */
export type MemberActionError = { message: string; params: ErrorParams };

/** One member's team actions: what is in flight, the last error, a link to pass on, a pending "are you sure". */
export function useMemberActions(memberId: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MemberActionError | null>(null);
  const [link, setLink] = useState<IssuedLink | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  // Where focus goes back to when a confirmation is cancelled.
  const opener = useRef<HTMLElement | null>(null);
  const base = `/api/team/members/${memberId}`;

  async function post<T>(path: string, body: unknown, fallback: string): Promise<T | null> {
    setBusy(true);
    setError(null);
    const result = await apiFetch<T>(`${base}${path}`, { method: "POST", body, fallback });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setError({ message: result.message, params: result.params });
      return null;
    }
    router.refresh();
    return result.data;
  }

  return {
    busy,
    error,
    link,
    confirming,
    confirm(kind: Exclude<Confirming, null>, from: HTMLElement) {
      opener.current = from;
      setLink(null);
      setConfirming(kind);
    },
    cancel() {
      setConfirming(null);
      opener.current?.focus();
    },
    async changeRole(role: Role) {
      return (await post("/role", { role }, "team.members.failed.role")) !== null;
    },
    async setActive(active: boolean) {
      await post(
        "/status",
        { active },
        active ? "team.members.failed.activate" : "team.members.failed.deactivate",
      );
    },
    async unlock() {
      await post("/unlock", {}, "team.members.failed.unlock");
    },
    async resetPassword() {
      setLink(await post<IssuedLink>("/password-reset", {}, "team.members.failed.reset"));
    },
  };
}
