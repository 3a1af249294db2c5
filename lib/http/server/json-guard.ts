import { isSafeText, withoutUnsafeCharacters } from "@/lib/http/text";

// Checks on JSON from outside that hold whatever its size or shape: no recursion anywhere, so a
// body nested 100,000 levels deep is refused instead of overflowing the stack.

/** Deeper than any body Cotiza or Belvo sends (a few levels), far below what overflows a stack. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * True when the JSON text nests objects and arrays more than `max` levels deep, counted on the raw
 * text (brackets inside strings do not count), so it can be refused before `JSON.parse`.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > max) return true;
    } else if (CLOSERS.has(code)) depth -= 1;
  }
  return false;
}

type Step = { key: string; parent: Step | null };

const MAX_PATH_CHARS = 200;

/** `a.b.0.c` like zod's issue paths; the offending characters shown as U+FFFD, kept short. */
function pathName(step: Step | null): string {
  const keys: string[] = [];
  for (let at = step; at; at = at.parent) keys.push(at.key);
  return withoutUnsafeCharacters(keys.reverse().join(".")).slice(0, MAX_PATH_CHARS);
}

/**
 * The path of a key or string value that holds a NUL or a lone surrogate (`""` for the value
 * itself), the shallowest first; null when every key and string is safe.
 */
export function unsafeTextPath(value: unknown): string | null {
  const pending: { value: unknown; step: Step | null }[] = [{ value, step: null }];
  while (pending.length > 0) {
    const { value: item, step } = pending.pop()!;
    if (typeof item === "string") {
      if (!isSafeText(item)) return pathName(step);
    } else if (item !== null && typeof item === "object") {
      const entries = Array.isArray(item)
        ? item.map((child, index) => [String(index), child] as const)
        : Object.entries(item);
      for (const [key] of entries) {
        if (!isSafeText(key)) return pathName({ key, parent: step });
      }
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!;
        pending.push({ value: child, step: { key, parent: step } });
      }
    }
  }
  return null;
}
