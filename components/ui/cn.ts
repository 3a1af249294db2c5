import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names (conditions, arrays, objects). It does not resolve conflicting Tailwind
 * utilities (tailwind-merge would add 8 KB gzip to every page's first load): a component takes
 * the classes it can combine with, and offers a prop or a variant for what it sets itself (a
 * button's colour, a card's padding).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
