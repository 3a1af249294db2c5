/** Only same-site paths may follow sign-in, so a crafted link cannot send a user elsewhere. */
export function safeCallbackPath(value: unknown): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\")
  ) {
    return "/applicants";
  }
  return value;
}
