import { describe, expect, it } from "vitest";
import { CsvLines } from "./csv-lines";

// Rows as COPY writes them (LF ends, quotes around a comma, quote or line break).
const COPY_ROWS = [
  '1,REF-1,"Peña, ""El Güero""\nNúñez",\u0001SEP;sep,700.00\n',
  '1,REF-1,Ana,"\u0001A, B;b",\n',
  '3,REF-3,"\r\nsolo",Bimbo,\n',
].join("");
const FILE_ROWS = [
  'REF-1,"Peña, ""El Güero""\nNúñez",<SEP;sep>,700.00\r\n',
  'REF-1,Ana,"<A, B;b>",\r\n',
  'REF-3,"\r\nsolo",Bimbo,\r\n',
].join("");

const lines = () =>
  new CsvLines({ ordinal: true, finish: new Map([[2, (raw: string) => `<${raw}>`]]) });

function run(chunks: Buffer[]) {
  const passing = lines();
  const out = Buffer.concat([...chunks.map((chunk) => passing.push(chunk)), passing.end()]);
  return { text: out.toString("utf8"), rows: passing.rows, ordinal: passing.ordinal };
}

describe("COPY's rows on their way to the file", () => {
  const bytes = Buffer.from(COPY_ROWS);

  it("end with CRLF, lose the ordinal, and get their marked cells finished", () => {
    expect(run([bytes])).toEqual({ text: FILE_ROWS, rows: 3, ordinal: 3 });
  });

  it("come out the same wherever the chunks split them, even inside a character", () => {
    for (let at = 0; at <= bytes.length; at += 1) {
      expect(run([bytes.subarray(0, at), bytes.subarray(at)]).text).toBe(FILE_ROWS);
    }
    const oneByOne = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(run(oneByOne)).toEqual({ text: FILE_ROWS, rows: 3, ordinal: 3 });
  });

  it("pass untouched when nothing is marked and no ordinal leads", () => {
    const plain = new CsvLines({ ordinal: false, finish: new Map() });
    const text = Buffer.concat([plain.push(Buffer.from('a,"b\nc"\n\u0001x,y\n')), plain.end()]);
    expect(text.toString()).toBe('a,"b\nc"\r\n\u0001x,y\r\n');
    expect(plain.rows).toBe(2);
  });
});
