import { describe, expect, it } from "vitest";
import { searchFold } from "./search-fold";

describe("searchFold", () => {
  it("lowers case and folds Spanish accents, ü and ñ", () => {
    expect(searchFold("José Núñez Güemes")).toBe("jose nunez guemes");
    expect(searchFold("ÁÉÍÓÚÑÜ")).toBe("aeiounu");
  });

  it("folds decomposed accents as their composed letters", () => {
    expect(searchFold("Nu\u0301n\u0303ez")).toBe("nunez");
  });

  it("keeps everything else as typed, LIKE's own characters included", () => {
    expect(searchFold("100% luz_mar-7")).toBe("100% luz_mar-7");
  });
});
