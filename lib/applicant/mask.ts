/** Keeps the first 4 and last 2 characters: enough to tell people apart, not to identify them. */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.length <= 6) return "•".repeat(value.length);
  return `${value.slice(0, 4)}${"•".repeat(value.length - 6)}${value.slice(-2)}`;
}

export function maskEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  const [user = "", domain = ""] = value.split("@");
  return `${user.slice(0, 1)}•••@${domain}`;
}
