import type { Person } from "./career";
import type { CareerView } from "./career-view";

// IMSS's "Reporte de Semanas Cotizadas", as the emulator hands it back with `attach_pdf=true`: a
// small, valid PDF written by hand (Helvetica, WinAnsi text), deterministic for a person and a
// day. It carries what the real one does: name, CURP, NSS, weeks, and each employer's periods.

type Line = { text: string; size?: number; bold?: boolean; rule?: boolean; gap?: number };

const PAGE = { width: 612, height: 792, margin: 50, lineHeight: 13, linesPerPage: 50 };

/** Latin-1 text for a PDF string: backslashes and parentheses escaped, the rest as is. */
function pdfString(text: string): string {
  const latin = text.replace(/[—–]/g, "-").replace(/[^\x20-\xff]/g, "?");
  return `(${latin.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function pageStream(lines: Line[]): string {
  let y = PAGE.height - PAGE.margin;
  const ops: string[] = [];
  for (const line of lines) {
    y -= line.gap ?? 0;
    if (line.rule) {
      ops.push(`0.5 w ${PAGE.margin} ${y + 4} m ${PAGE.width - PAGE.margin} ${y + 4} l S`);
      y -= 6;
      continue;
    }
    const font = line.bold ? "F2" : "F1";
    ops.push(
      `BT /${font} ${line.size ?? 9} Tf ${PAGE.margin} ${y} Td ${pdfString(line.text)} Tj ET`,
    );
    y -= PAGE.lineHeight;
  }
  return ops.join("\n");
}

/** A minimal PDF 1.4 file: one Helvetica text page per chunk of lines, with a valid xref. */
export function writePdf(pages: Line[][], info: { title: string; date: string }): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add("");
  const tree = add("");
  const regular = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  );
  const bold = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
  );
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = pageStream(lines);
    const content = add(
      `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    );
    kids.push(
      add(
        `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
          `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const stamp = `D:${info.date.replaceAll("-", "")}000000Z`;
  const infoRef = add(
    `<< /Title ${pdfString(info.title)} /Producer (Emulador de Belvo) /CreationDate (${stamp}) >>`,
  );
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const day = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
};

/** IMSS's weeks report for a person on the view's day, as a PDF. */
export function imssWeeksReport(person: Person, view: CareerView): Buffer {
  const head: Line[] = [
    { text: "INSTITUTO MEXICANO DEL SEGURO SOCIAL", size: 12, bold: true },
    { text: "Reporte de Semanas Cotizadas en el IMSS", size: 11, bold: true },
    { text: `Fecha de emision: ${day(view.today)}` },
    { rule: true, text: "", gap: 4 },
    { text: `Nombre: ${person.officialName}`, bold: true },
    { text: `CURP: ${person.curp}` },
    { text: `NSS: ${person.nss}` },
    { rule: true, text: "", gap: 4 },
    { text: `Semanas cotizadas: ${view.weeksContributed}`, bold: true },
    { text: `Semanas descontadas: ${view.weeksRedeemed}` },
    { text: `Semanas reintegradas: ${view.weeksReinstated}` },
    { rule: true, text: "", gap: 4 },
    { text: "Historial laboral", bold: true, size: 10 },
  ];
  const jobs: Line[] = [...view.jobs]
    .sort((a, b) => b.start.localeCompare(a.start))
    .flatMap((job) => [
      { text: `${job.employer.name}`, bold: true, gap: 3 },
      {
        text:
          `Registro patronal: ${job.employer.employerId ?? "-"}   Entidad: ${job.employer.state ?? "-"}   ` +
          `Alta: ${day(job.start)}   Baja: ${job.end ? day(job.end) : "Vigente"}   ` +
          `Salario base: $${job.mostRecentSalary.toFixed(2)}`,
        size: 8,
      },
    ]);
  const lines = [...head, ...jobs];
  const pages: Line[][] = [];
  for (let i = 0; i < lines.length; i += PAGE.linesPerPage)
    pages.push(lines.slice(i, i + PAGE.linesPerPage));
  return writePdf(pages, { title: "Reporte de Semanas Cotizadas", date: view.today });
}
