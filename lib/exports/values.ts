// How values are written into CSV files: ISO 8601 dates and instants, plain decimal amounts (no
// currency sign, no thousands separator), so every spreadsheet reads them the same way.
import type { CsvValue } from "./csv";

export interface ExportColumn<Row> {
  id: string;
  header: string;
  value: (row: Row) => CsvValue;
}

export const isoInstant = (date: Date | null): string | null =>
  date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : null;

/** The header row and the cell values of `columns`, in their order. */
export function tabulate<Row>(columns: readonly ExportColumn<Row>[]) {
  return {
    header: columns.map((column) => column.header),
    cells: (row: Row): CsvValue[] => columns.map((column) => column.value(row)),
  };
}
