import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow, neutralizeFormula, UTF8_BOM } from "./csv";

const parseCsv = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: false });

describe("csv", () => {
  it("round-trips accents, commas, quotes and newlines through a real CSV parser", () => {
    const rows = [
      ["María Núñez", "Peña, Ibáñez y Asociados", 'Dijo "sí"', "línea 1\nlínea 2", "a\r\nb"],
      ["", "12345.67", "2024-01-31", "Ñandú", "ümlaut ß"],
    ];
    const text = UTF8_BOM + rows.map(csvRow).join("");
    expect(parseCsv(text)).toEqual(rows);
  });

  it("writes CRLF line ends and quotes only where RFC 4180 requires it", () => {
    expect(csvRow(["a", "b c", "d,e", 'f"g'])).toBe('a,b c,"d,e","f""g"\r\n');
    expect(csvRow([null, undefined, 0, 12.5])).toBe(",,0,12.5\r\n");
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ["+52 55 1234 5678", "'+52 55 1234 5678"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("makes %j inert", (hostile, inert) => {
    expect(neutralizeFormula(hostile)).toBe(inert);
    // What a spreadsheet receives after CSV decoding starts with the apostrophe.
    expect(parseCsv(csvRow([hostile, "x"]))[0]?.[0]).toBe(inert);
  });

  it("keeps plain numbers, negative ones included, as numbers", () => {
    expect(csvCell("-12.50")).toBe("-12.50");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("Grupo =Bimbo")).toBe("Grupo =Bimbo");
  });
});
