import "server-only";
import { listAssignableUsers } from "@/lib/applicant/assignment";
import { canAssignOthers } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { assignedUserId, type QueueState } from "@/lib/queue/params";

type Person = { id: string; name: string };

/**
 * The people the queue names: `assignable` are whom a bulk assignment may choose (null when this
 * user may not assign others); `people` are the assignment filter's choices by name: everyone
 * assignable for team leads and admins, and for anyone the user an `assigned=<id>` URL names
 * (their name is null when no such user exists).
 */
export async function queueAssignees(
  user: Pick<SessionUser, "role">,
  state: Pick<QueueState, "assigned">,
): Promise<{ assignable: Person[] | null; people: { id: string; name: string | null }[] }> {
  const assignable = canAssignOthers(user.role)
    ? (await listAssignableUsers()).map(({ id, name }) => ({ id, name }))
    : null;
  const people: { id: string; name: string | null }[] = [...(assignable ?? [])];
  const chosen = assignedUserId(state);
  if (chosen && !people.some((person) => person.id === chosen)) {
    const found = await db().user.findUnique({
      where: { id: chosen },
      select: { id: true, name: true },
    });
    people.push({ id: chosen, name: found?.name ?? null });
  }
  return { assignable, people };
}
