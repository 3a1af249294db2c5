import { describe, expect, it } from "vitest";
import { DEFAULT_QUEUE_STATE, isFiltered, parseQueueParams, serializeQueueState } from "./params";

describe("queue URL state", () => {
  it("defaults to the newest applicants, 25 a page", () => {
    expect(parseQueueParams({})).toEqual({
      q: undefined,
      institution: [],
      status: [],
      scoreBand: undefined,
      flags: [],
      freshness: undefined,
      assigned: undefined,
      sort: "createdAt",
      dir: "desc",
      page: 1,
      pageSize: 25,
    });
    expect(serializeQueueState(DEFAULT_QUEUE_STATE)).toBe("");
    expect(isFiltered(DEFAULT_QUEUE_STATE)).toBe(false);
  });

  it("reads every parameter and writes it back canonically", () => {
    const query =
      "q=N%C3%BA%C3%B1ez&institution=IMSS,ISSSTE&status=VALID&score=650-749&flags=past-gap,salary-cut&fresh=stale&assigned=me&sort=score12&dir=asc&page=3&size=50";
    const state = parseQueueParams(new URLSearchParams(query));
    expect(state).toMatchObject({
      q: "Núñez",
      institution: ["IMSS", "ISSSTE"],
      status: ["VALID"],
      scoreBand: "650-749",
      flags: ["past-gap", "salary-cut"],
      freshness: "stale",
      assigned: "me",
      sort: "score12",
      dir: "asc",
      page: 3,
      pageSize: 50,
    });
    expect(serializeQueueState(state)).toBe(query);
    expect(isFiltered(state)).toBe(true);
  });

  it("accepts repeated keys and keeps list values once, in a fixed order", () => {
    const state = parseQueueParams({ institution: ["ISSSTE", "IMSS,ISSSTE"], flags: "issste" });
    expect(state.institution).toEqual(["IMSS", "ISSSTE"]);
    expect(serializeQueueState(state)).toBe("institution=IMSS,ISSSTE&flags=issste");
  });

  it("drops unknown values instead of failing", () => {
    const state = parseQueueParams({
      institution: "BANK,IMSS",
      status: "nope",
      score: "900",
      flags: "x,old-gap",
      fresh: "old",
      assigned: "someone",
      sort: "curp",
      dir: "sideways",
    });
    expect(state).toMatchObject({
      institution: ["IMSS"],
      status: [],
      scoreBand: undefined,
      flags: ["old-gap"],
      freshness: undefined,
      assigned: undefined,
      sort: "createdAt",
      dir: "desc",
    });
  });

  it("clamps the page and only allows 25, 50 or 100 rows", () => {
    expect(parseQueueParams({ page: "0" }).page).toBe(1);
    expect(parseQueueParams({ page: "-4" }).page).toBe(1);
    expect(parseQueueParams({ page: "abc" }).page).toBe(1);
    expect(parseQueueParams({ page: "2.5" }).page).toBe(1);
    expect(parseQueueParams({ page: "99999999" }).page).toBe(100_000);
    expect(parseQueueParams({ size: "100" }).pageSize).toBe(100);
    expect(parseQueueParams({ size: "1000" }).pageSize).toBe(25);
    expect(parseQueueParams({ size: "ten" }).pageSize).toBe(25);
  });

  it("trims the search, treats blank as none and caps its length", () => {
    expect(parseQueueParams({ q: "  ana  " }).q).toBe("ana");
    expect(parseQueueParams({ q: "   " }).q).toBeUndefined();
    expect(parseQueueParams({ q: "x".repeat(101) }).q).toBeUndefined();
  });

  it("sorts names A→Z and everything else largest first unless told", () => {
    expect(parseQueueParams({ sort: "name" }).dir).toBe("asc");
    expect(parseQueueParams({ sort: "monthlyIncome" }).dir).toBe("desc");
    const state = parseQueueParams({ sort: "name", dir: "desc" });
    expect(serializeQueueState(state)).toBe("sort=name&dir=desc");
    expect(serializeQueueState({ ...state, dir: "asc" })).toBe("sort=name");
  });
});
