// How values are written into CSV files: ISO 8601 dates and instants, plain decimal amounts (no
// currency sign, no thousands separator), so every spreadsheet reads them the same way in either
// header language.
import type { CsvValue } from "./csv";
import type { ExportColumnId, ExportWords } from "./words";

export interface ExportColumn<Row> {
  id: ExportColumnId;
  /** Identifiers masked for the reader's role: the header says so. */
  masked?: boolean;
  value: (row: Row, words: ExportWords) => CsvValue;
}

export const isoInstant = (date: Date | null): string | null =>
  date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : null;

/** The header row and the cell values of `columns`, in their order, in the file's language. */
export function tabulate<Row>(columns: readonly ExportColumn<Row>[], words: ExportWords) {
  return {
    header: columns.map((column) => words.header(column)),
    cells: (row: Row): CsvValue[] => columns.map((column) => column.value(row, words)),
  };
}
