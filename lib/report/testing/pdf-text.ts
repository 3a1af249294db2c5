import { execFileSync } from "node:child_process";

/**
 * The text of a PDF as poppler's `pdftotext` reads it (Debian: `apt-get install poppler-utils`),
 * with every run of white space made one space, so a sentence wrapped across lines still matches.
 */
export function pdfText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  const text = execFileSync("pdftotext", [...(options.layout ? ["-layout"] : []), "-", "-"], {
    input: pdf,
  }).toString("utf8");
  return options.layout ? text : oneLine(text);
}

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** How many pages a PDF has, from `pdfinfo`. */
export function pdfPages(pdf: Uint8Array): number {
  const info = execFileSync("pdfinfo", ["-"], { input: pdf }).toString("utf8");
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
}
