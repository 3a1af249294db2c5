import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { exportFileName, exportHref, parseExportPage, parseExportRequest } from "./request";

describe("export requests", () => {
  it("names files by kind and UTC moment, without characters some systems refuse", () => {
    expect(exportFileName("queue", new Date("2026-11-26T00:45:12.345Z"))).toBe(
      "cotiza-queue-20261126T004512Z.csv",
    );
  });

  it("builds the download URL that parses back to the same request", () => {
    const request = parseExportRequest(
      "queue",
      new URLSearchParams("q=Núñez&institution=IMSS,ISSSTE&sort=name&page=7&columns=name,curp"),
    );
    const href = exportHref(request);
    expect(href).toBe(
      "/api/exports/queue?q=N%C3%BA%C3%B1ez&institution=IMSS,ISSSTE&sort=name&columns=name,curp&lang=es",
    );
    const [path, query] = href.split("?");
    expect(parseExportRequest(path!.split("/").at(-1)!, new URLSearchParams(query))).toEqual(
      request,
    );
  });

  it("refuses a download whose search or reason holds NUL or a lone surrogate; the page drops it", () => {
    const refusal = (query: string) => {
      try {
        parseExportRequest("queue", new URLSearchParams(query));
      } catch (error) {
        return error as AppError;
      }
      return expect.unreachable("it should refuse");
    };
    for (const [query, field] of [
      ["q=%00", "q"],
      ["q=ana%00", "q"],
      [`q=${"x".repeat(101)}`, "q"],
      ["columns=curp&reason=Cotejo%00 con la INE", "reason"],
    ]) {
      const error = refusal(query!);
      expect(error.status).toBe(400);
      expect(Object.keys(error.details?.fields ?? {})).toEqual([field]);
    }
    expect(refusal("q=%00").details?.fields).toEqual({ q: "errors.validation.controlCharacters" });
    expect(parseExportPage(new URLSearchParams("kind=queue&q=%00&sort=name")).state).toMatchObject({
      q: undefined,
      sort: "name",
    });
  });

  it("carries the header language: the URL's, else the reader's", () => {
    const english = parseExportRequest("jobs", new URLSearchParams("lang=en"), "es");
    expect(english.lang).toBe("en");
    expect(exportHref(english)).toBe("/api/exports/jobs?lang=en");
    expect(parseExportRequest("jobs", new URLSearchParams(""), "en").lang).toBe("en");
    expect(parseExportRequest("jobs", new URLSearchParams("")).lang).toBe("es");
  });

  it("carries the reason for identifiers in clear to the download, never into the page", () => {
    const request = parseExportRequest(
      "queue",
      new URLSearchParams("columns=curp&reason=Cotejo con el buró, folio 12"),
    );
    expect(request.reason).toBe("Cotejo con el buró, folio 12");
    const [, query] = exportHref(request).split("?");
    expect(parseExportRequest("queue", new URLSearchParams(query)).reason).toBe(request.reason);
    expect(parseExportRequest("queue", new URLSearchParams("reason=%20")).reason).toBeNull();
    const page = parseExportPage(new URLSearchParams("kind=queue&reason=x"));
    expect(page).not.toHaveProperty("reason");
    expect(exportHref(page)).not.toContain("reason");
  });
});
