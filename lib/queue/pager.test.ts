import { describe, expect, it } from "vitest";
import { queuePager } from "./pager";

describe("queue pager", () => {
  it("shows the range, the number of pages and the last page of an exact count", () => {
    expect(queuePager({ page: 1, pageSize: 25, total: 27, capped: false })).toEqual({
      from: 1,
      to: 25,
      pages: 2,
      hasPrevious: false,
      hasNext: true,
    });
    expect(queuePager({ page: 2, pageSize: 25, total: 27, capped: false })).toEqual({
      from: 26,
      to: 27,
      pages: 2,
      hasPrevious: true,
      hasNext: false,
    });
  });

  it("after a capped count, leaves the number of pages unknown and always offers the next", () => {
    expect(queuePager({ page: 1, pageSize: 25, total: 10_000, capped: true })).toEqual({
      from: 1,
      to: 25,
      pages: null,
      hasPrevious: false,
      hasNext: true,
    });
    // The last page within the cap: the rows after it exist, since more than 10,000 matched.
    expect(queuePager({ page: 400, pageSize: 25, total: 10_000, capped: true })).toMatchObject({
      from: 9_976,
      to: 10_000,
      pages: null,
      hasNext: true,
    });
    // The same page of an exact count of 10,000 is the last one.
    expect(queuePager({ page: 400, pageSize: 25, total: 10_000, capped: false })).toMatchObject({
      pages: 400,
      hasNext: false,
    });
  });
});
