import { csvCell, type CsvValue } from "./csv";

// COPY writes CSV rows ending with LF; the files end rows with CRLF (lib/exports/csv.ts), and a
// few cells are finished in JavaScript (lib/exports/sql/cells.ts FINISH_MARK). This rewrites
// COPY's bytes as they pass, line by line, without decoding the lines that need nothing.

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const MARK = 1;

/** An export as COPY writes it. */
export interface CopyExport {
  /** The SELECT whose rows are the file's rows. */
  select: string;
  /** Cells marked by the SQL, by their index in the file's row: their value as JavaScript writes it. */
  finish: ReadonlyMap<number, (raw: string) => CsvValue>;
  /** Each row starts with the applicant's ordinal in the file, which is counted and removed. */
  ordinal: boolean;
}

/** A line's fields as written (quotes kept): COPY quotes any field holding a comma or quote. */
function rawFields(line: string): string[] {
  const fields: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (code === COMMA && !quoted) {
      fields.push(line.slice(start, i));
      start = i + 1;
    }
  }
  fields.push(line.slice(start));
  return fields;
}

const unquote = (field: string) =>
  field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;

/** A byte buffer that grows when a rewritten line is longer than what it replaces. */
class Output {
  private bytes: Buffer;
  private length = 0;

  constructor(expected: number) {
    this.bytes = Buffer.allocUnsafe(expected + (expected >> 4) + 64);
  }

  private reserve(size: number) {
    if (this.length + size <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + size));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** `source[start, end)` and CRLF. */
  line(source: Buffer, start: number, end: number) {
    this.reserve(end - start + 2);
    source.copy(this.bytes, this.length, start, end);
    this.length += end - start;
    this.bytes[this.length++] = CR;
    this.bytes[this.length++] = LF;
  }

  result(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}

export class CsvLines {
  /** Rows passed so far. */
  rows = 0;
  /** The ordinal of the applicant of the last row passed (files with `ordinal`). */
  ordinal = 0;
  private carry: Buffer = Buffer.alloc(0);

  constructor(private readonly spec: Pick<CopyExport, "finish" | "ordinal">) {}

  /** The complete lines of what arrived so far, CRLF-terminated; a partial line waits. */
  push(chunk: Buffer): Buffer {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const out = new Output(bytes.length);
    const marks = this.spec.finish.size > 0;
    let quote = bytes.indexOf(QUOTE);
    let mark = marks ? bytes.indexOf(MARK) : -1;
    let quoted = false;
    let lineStart = 0;
    let from = 0;
    for (;;) {
      const lf = bytes.indexOf(LF, from);
      if (lf === -1) break;
      // A line ends at a LF outside quotes: count the quotes before it (doubled ones cancel out).
      while (quote !== -1 && quote < lf) {
        quoted = !quoted;
        quote = bytes.indexOf(QUOTE, quote + 1);
      }
      from = lf + 1;
      if (quoted) continue;
      if (mark !== -1 && mark < lineStart) mark = bytes.indexOf(MARK, lineStart);
      this.line(bytes, lineStart, lf, out, mark !== -1 && mark < lf);
      lineStart = from;
    }
    this.carry = Buffer.from(bytes.subarray(lineStart));
    return out.result();
  }

  /** What is left once COPY has ended: a last line without its LF, if any. */
  end(): Buffer {
    const out = new Output(this.carry.length);
    if (this.carry.length) this.line(this.carry, 0, this.carry.length, out, true);
    this.carry = Buffer.alloc(0);
    return out.result();
  }

  private line(bytes: Buffer, start: number, end: number, out: Output, marked: boolean) {
    let first = start;
    if (this.spec.ordinal) {
      const comma = bytes.indexOf(COMMA, start);
      this.ordinal = Number(bytes.toString("latin1", start, comma));
      first = comma + 1;
    }
    this.rows += 1;
    if (!marked || this.spec.finish.size === 0) {
      out.line(bytes, first, end);
      return;
    }
    const fields = rawFields(bytes.toString("utf8", first, end));
    for (const [index, finish] of this.spec.finish) {
      const raw = fields[index];
      const value = raw === undefined ? "" : unquote(raw);
      if (value.charCodeAt(0) === MARK) fields[index] = csvCell(finish(value.slice(1)));
    }
    const rewritten = Buffer.from(fields.join(","));
    out.line(rewritten, 0, rewritten.length);
  }
}
