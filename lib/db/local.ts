const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True when the database lives on this machine: demo data and resets are only allowed there. */
export function isLocalDatabase(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}
