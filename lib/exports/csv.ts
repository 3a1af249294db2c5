// RFC 4180 text for spreadsheets: CRLF line ends, fields quoted only when they must be, and a
// UTF-8 byte-order mark first so Excel reads accents (Núñez, Peña) as UTF-8 instead of ANSI.

export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// What spreadsheets read as the start of a formula (or, for tab and CR, strip and then read).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell inert in Excel, LibreOffice and Google Sheets: a leading apostrophe turns
 * `=HYPERLINK(…)` or `@SUM(…)` into text. Plain numbers like `-12.50` are left as numbers.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = neutralizeFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
