export interface GroupCommitOptions<T, R> {
  /**
   * Writes a batch in one transaction and resolves with one result per item, in order. It either
   * commits every item or none (it rejects), so a waiter is answered only once its item is stored.
   */
  commit: (items: readonly T[]) => Promise<readonly R[]>;
  /** Items written by one commit at most. Default 256. */
  maxBatch?: number;
}

interface Waiter<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted while a commit runs wait and are written together by the next
 * one, so a burst costs a few statements instead of one per item, and a lone item waits for
 * nothing (no timer: batches form only when writes already queue up). One commit runs at a time
 * per batcher. If a batch fails, each of its items is retried alone (the failed transaction
 * stored nothing), so one item the database refuses fails only its own waiter.
 */
export function groupCommit<T, R>(options: GroupCommitOptions<T, R>): (item: T) => Promise<R> {
  const maxBatch = Math.max(1, options.maxBatch ?? 256);
  let queue: Waiter<T, R>[] = [];
  let draining = false;

  async function commitEach(batch: readonly Waiter<T, R>[]) {
    try {
      const results = await options.commit(batch.map((waiter) => waiter.item));
      if (results.length !== batch.length)
        throw new Error(`commit returned ${results.length} results for ${batch.length} items`);
      batch.forEach((waiter, i) => waiter.resolve(results[i] as R));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const waiter of batch) await commitEach([waiter]);
    }
  }

  async function drain() {
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(maxBatch);
        await commitEach(batch);
      }
    } finally {
      draining = false;
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (draining) return;
      draining = true;
      // Requests parsed in the same turn of the event loop join the first batch too.
      setImmediate(() => void drain());
    });
}
