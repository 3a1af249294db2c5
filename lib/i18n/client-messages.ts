import type { AbstractIntlMessages } from "next-intl";

/**
 * Areas whose words only the server renders: the audit trail, the public connect page's server
 * parts, and the demo recordings' captions (scripts). The root layout leaves them out of the
 * messages it hands to client components, which every page's HTML would otherwise carry.
 * client-messages.test.ts checks that no client module asks for them.
 */
export const SERVER_ONLY_NAMESPACES = ["audit", "demo", "public"] as const;

/** The messages client components may use: all but the server-only areas. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const omitted = new Set<string>(SERVER_ONLY_NAMESPACES);
  return Object.fromEntries(Object.entries(messages).filter(([area]) => !omitted.has(area)));
}
