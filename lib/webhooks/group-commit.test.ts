import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

/** A commit that records each batch and waits for the test to let it finish. */
function controlledCommit(fail: (items: readonly string[]) => boolean = () => false) {
  const batches: string[][] = [];
  const pending: (() => void)[] = [];
  const commit = (items: readonly string[]) => {
    batches.push([...items]);
    return new Promise<string[]>((resolve, reject) => {
      pending.push(() =>
        fail(items) ? reject(new Error("refused")) : resolve(items.map((item) => `ok:${item}`)),
      );
    });
  };
  const finishNext = async () => {
    for (let turn = 0; turn < 20 && pending.length === 0; turn += 1)
      await new Promise((resolve) => setImmediate(resolve));
    pending.shift()?.();
  };
  return { batches, commit, finishNext };
}

const settled = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe("groupCommit", () => {
  it("writes items submitted while a commit runs together in the next commit", async () => {
    const { batches, commit, finishNext } = controlledCommit();
    const submit = groupCommit({ commit });
    const first = [submit("a"), submit("b")];
    await finishNext();
    // Submitted while nothing ran: one batch. Now three more arrive while the next one is open.
    const second = [submit("c"), submit("d"), submit("e")];
    await finishNext();
    expect(await Promise.all([...first, ...second])).toEqual([
      "ok:a",
      "ok:b",
      "ok:c",
      "ok:d",
      "ok:e",
    ]);
    expect(batches).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
  });

  it("answers no waiter before its batch commits", async () => {
    const { commit, finishNext } = controlledCommit();
    const submit = groupCommit({ commit });
    let answered = false;
    const result = submit("a").then((value) => {
      answered = true;
      return value;
    });
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    await finishNext();
    expect(await result).toBe("ok:a");
  });

  it("splits a queue longer than maxBatch", async () => {
    const { batches, commit, finishNext } = controlledCommit();
    const submit = groupCommit({ commit, maxBatch: 2 });
    const all = ["a", "b", "c", "d", "e"].map((item) => submit(item));
    for (let n = 0; n < 3; n += 1) await finishNext();
    await Promise.all(all);
    expect(batches).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("rejects every waiter of a batch the database refuses, and none resolves", async () => {
    const { batches, commit, finishNext } = controlledCommit(() => true);
    const submit = groupCommit({ commit });
    const all = settled(["a", "b", "c"].map((item) => submit(item)));
    for (let n = 0; n < 4; n += 1) await finishNext();
    const results = await all;
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected"]);
    // The batch, then each item alone: each waiter gets the error of its own attempt.
    expect(batches).toEqual([["a", "b", "c"], ["a"], ["b"], ["c"]]);
  });

  it("one item the database refuses fails only its own waiter", async () => {
    const { commit, finishNext } = controlledCommit((items) => items.includes("bad"));
    const submit = groupCommit({ commit });
    const all = settled(["a", "bad", "c"].map((item) => submit(item)));
    for (let n = 0; n < 4; n += 1) await finishNext();
    expect((await all).map((result) => result.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
  });

  it("keeps serving after a failed batch", async () => {
    let calls = 0;
    const submit = groupCommit<string, string>({
      commit: async (items) => {
        calls += 1;
        if (calls === 1) throw new Error("connection lost");
        return items.map((item) => `ok:${item}`);
      },
    });
    await expect(submit("a")).rejects.toThrow("connection lost");
    expect(await submit("b")).toBe("ok:b");
  });

  it("refuses a commit that answers for fewer items than it was given", async () => {
    const submit = groupCommit<string, string>({ commit: async () => [] });
    await expect(submit("a")).rejects.toThrow("0 results for 1 items");
  });
});
