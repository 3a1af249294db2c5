// pglite-socket 0.2.17 runs the messages of all connections through one queue on one PGlite session
// and keeps a connection's messages together only inside an explicit transaction. Outside one, the
// Parse/Bind/Execute/Sync messages of a parameterized query from two connections can interleave,
// and since every client uses the unnamed statement, one connection binds the other's statement
// ("bind message supplies 3 parameters, but prepared statement "" requires 4", "portal "" does
// not exist"). This keeps a connection's messages together until it reaches a boundary (Sync,
// simple Query, Terminate), in addition to transactions. It also recovers the queue after a failed
// message, which 0.2.17 leaves stuck with `processing` set.
// Pinning alone leaves PGlite idle between the messages of one sequence (each waits for the
// previous one), so a connection's messages are also sent to PGlite together, up to the next
// Sync or Flush: one queue turn per query instead of four or five.

const SYNC = 0x53;
const FLUSH = 0x48;
const QUERY = 0x51;
const TERMINATE = 0x58;

/** Type of the last protocol message in a buffer; startup and SSL requests have none (0). */
function lastType(buffer) {
  let offset = 0;
  let type = 0;
  while (offset < buffer.length && buffer[offset] !== 0) {
    type = buffer[offset];
    offset += 1 + new DataView(buffer.buffer, buffer.byteOffset + offset + 1, 4).getInt32(0);
  }
  return type;
}

const endsSequence = (buffer) => [SYNC, QUERY, TERMINATE, 0].includes(lastType(buffer));
const sendsNow = (message) =>
  message.length === 0 || [SYNC, FLUSH, QUERY, TERMINATE, 0].includes(message[0]);

function concat(parts) {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** @param {{ queue: any[], processing: boolean, lastHandlerId: number | null, db: import("@electric-sql/pglite").PGlite, clearTransactionIfNeeded(id: number): Promise<void> }} manager */
export function pinMessageSequences(manager) {
  let midSequence = null;
  const held = new Map();

  const enqueue = manager.enqueue.bind(manager);
  manager.enqueue = (handlerId, message, onData) => {
    const parts = held.get(handlerId) ?? [];
    if (!sendsNow(message)) {
      parts.push(message);
      held.set(handlerId, parts);
      return Promise.resolve(0);
    }
    held.delete(handlerId);
    return enqueue(handlerId, parts.length > 0 ? concat([...parts, message]) : message, onData);
  };

  const next = () => {
    const owner =
      manager.db.isInTransaction() && manager.lastHandlerId ? manager.lastHandlerId : midSequence;
    if (owner === null) return manager.queue.shift();
    const index = manager.queue.findIndex((item) => item.handlerId === owner);
    return index === -1 ? undefined : manager.queue.splice(index, 1)[0];
  };

  manager.processQueue = async function processQueue() {
    if (manager.processing || manager.queue.length === 0) return;
    manager.processing = true;
    try {
      for (let item = next(); item; item = next()) {
        let bytes = 0;
        try {
          await manager.db.runExclusive(() =>
            manager.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midSequence = null;
          item.reject(error);
          continue;
        }
        manager.lastHandlerId = item.handlerId;
        midSequence = endsSequence(item.message) ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      manager.processing = false;
    }
  };

  const clearTransaction = manager.clearTransactionIfNeeded.bind(manager);
  manager.clearTransactionIfNeeded = async (handlerId) => {
    held.delete(handlerId);
    if (midSequence === handlerId) midSequence = null;
    await clearTransaction(handlerId);
    await manager.processQueue();
  };
}
