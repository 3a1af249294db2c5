import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUEUE_STATE,
  assignedUserId,
  hasFilterChanges,
  isFiltered,
  isWorklist,
  parseQueueParams,
  serializeQueueState,
  showsAllDecisions,
} from "./params";

const OPEN = ["PENDING", "AWAITING_SIGN_OFF", "REFERRED"];
const USER_ID = "5b0c7c5e-2f4d-4c6b-9a51-3f1e2d7c8a90";

describe("queue URL state", () => {
  // Changed with the worklist (issue 19): the default was every applicant, newest first.
  it("defaults to the worklist: open work, oldest first, 25 a page", () => {
    expect(parseQueueParams({})).toEqual({
      q: undefined,
      decision: OPEN,
      institution: [],
      status: [],
      scoreBand: undefined,
      flags: [],
      freshness: undefined,
      monitoring: undefined,
      assigned: undefined,
      sort: "createdAt",
      dir: "asc",
      page: 1,
      pageSize: 25,
    });
    expect(serializeQueueState(DEFAULT_QUEUE_STATE)).toBe("");
    expect(isWorklist(DEFAULT_QUEUE_STATE)).toBe(true);
    // The worklist narrows the queue (an empty result is "no open work"), but is no change to reset.
    expect(isFiltered(DEFAULT_QUEUE_STATE)).toBe(true);
    expect(hasFilterChanges(DEFAULT_QUEUE_STATE)).toBe(false);
  });

  it("reads every parameter and writes it back canonically", () => {
    const query =
      "q=N%C3%BA%C3%B1ez&decision=approved,declined&institution=IMSS,ISSSTE&status=VALID&score=650-749&flags=past-gap,salary-cut&fresh=stale&monitoring=on&assigned=me&sort=score12&dir=asc&page=3&size=50";
    const state = parseQueueParams(new URLSearchParams(query));
    expect(state).toMatchObject({
      q: "Núñez",
      decision: ["APPROVED", "DECLINED"],
      institution: ["IMSS", "ISSSTE"],
      status: ["VALID"],
      scoreBand: "650-749",
      flags: ["past-gap", "salary-cut"],
      freshness: "stale",
      monitoring: "on",
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
      monitoring: "yes",
      assigned: "someone",
      sort: "curp",
      dir: "sideways",
      decision: "maybe",
    });
    expect(state).toMatchObject({
      decision: OPEN,
      institution: ["IMSS"],
      status: [],
      scoreBand: undefined,
      flags: ["old-gap"],
      freshness: undefined,
      monitoring: undefined,
      assigned: undefined,
      sort: "createdAt",
      dir: "asc",
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

  it("drops a search with NUL or a lone surrogate (q=%00) instead of sending it to the database", () => {
    expect(parseQueueParams(new URLSearchParams("q=%00")).q).toBeUndefined();
    expect(parseQueueParams(new URLSearchParams("q=ana%00&sort=name")).q).toBeUndefined();
    expect(parseQueueParams(new URLSearchParams("q=ana%00&sort=name")).sort).toBe("name");
    expect(parseQueueParams({ q: "ana\uD800" }).q).toBeUndefined();
    expect(parseQueueParams({ q: "Núñez 😀" }).q).toBe("Núñez 😀");
  });

  it("sorts names A→Z, the worklist oldest first, everything else largest first unless told", () => {
    expect(parseQueueParams({ sort: "name" }).dir).toBe("asc");
    expect(parseQueueParams({}).dir).toBe("asc");
    expect(serializeQueueState(parseQueueParams({ dir: "desc" }))).toBe("dir=desc");
    expect(parseQueueParams({ sort: "monthlyIncome" }).dir).toBe("desc");
    const state = parseQueueParams({ sort: "name", dir: "desc" });
    expect(serializeQueueState(state)).toBe("sort=name&dir=desc");
    expect(serializeQueueState({ ...state, dir: "asc" })).toBe("sort=name");
  });
});

describe("queue decision filter", () => {
  it("reads statuses in canonical order, once each, and writes them back", () => {
    const state = parseQueueParams({ decision: ["declined,referred", "pending", "referred"] });
    expect(state.decision).toEqual(["PENDING", "REFERRED", "DECLINED"]);
    expect(serializeQueueState(state)).toBe("decision=pending,referred,declined");
    expect(isWorklist(state)).toBe(false);
    expect(hasFilterChanges(state)).toBe(true);
  });

  it("names the worklist by leaving the filter out, and every status with `all`", () => {
    const worklist = parseQueueParams({ decision: "referred,awaiting-sign-off,pending" });
    expect(worklist).toEqual(DEFAULT_QUEUE_STATE);
    expect(serializeQueueState(worklist)).toBe("");

    const all = parseQueueParams({ decision: "all" });
    expect(all.decision).toEqual([]);
    expect(showsAllDecisions(all)).toBe(true);
    expect(isFiltered(all)).toBe(false);
    expect(hasFilterChanges(all)).toBe(true);
    expect(serializeQueueState(all)).toBe("decision=all");
    // Every status chosen one by one is the same view as `all`.
    const every = parseQueueParams({
      decision: "pending,awaiting-sign-off,referred,approved,declined",
    });
    expect(every.decision).toEqual([]);
    expect(
      serializeQueueState({
        ...all,
        decision: ["APPROVED", "PENDING", "DECLINED", "REFERRED", "AWAITING_SIGN_OFF"],
      }),
    ).toBe("decision=all");
  });

  it("falls back to the worklist when the filter names nothing it knows", () => {
    expect(parseQueueParams({ decision: "" }).decision).toEqual(OPEN);
    expect(parseQueueParams({ decision: "APPROVED,maybe" }).decision).toEqual(OPEN);
    expect(parseQueueParams({ decision: "maybe,approved" }).decision).toEqual(["APPROVED"]);
  });

  it("spells the filter out for the export log: named when it narrows, absent when not", () => {
    const spelled = (query: string) =>
      serializeQueueState(parseQueueParams(new URLSearchParams(query)), {
        spellOutDecision: true,
      });
    expect(spelled("")).toBe("decision=pending,awaiting-sign-off,referred");
    expect(spelled("decision=all&q=ana")).toBe("q=ana");
    expect(spelled("decision=approved")).toBe("decision=approved");
  });
});

describe("queue assignee filter", () => {
  it("takes me, unassigned or a user's id (written in lowercase)", () => {
    expect(parseQueueParams({ assigned: "me" }).assigned).toBe("me");
    expect(assignedUserId(parseQueueParams({ assigned: "me" }))).toBeUndefined();
    const state = parseQueueParams({ assigned: USER_ID.toUpperCase() });
    expect(state.assigned).toBe(USER_ID);
    expect(assignedUserId(state)).toBe(USER_ID);
    expect(serializeQueueState(state)).toBe(`assigned=${USER_ID}`);
    expect(hasFilterChanges(state)).toBe(true);
    expect(parseQueueParams({ assigned: "5b0c7c5e" }).assigned).toBeUndefined();
  });
});
