import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { CHAR_COLUMN_MARKER } from "./pools";

/** Turns the marked `"char"` columns (see PoolSet.open) into Character columns with their real names. */
function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.endsWith(CHAR_COLUMN_MARKER))) return result;
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, index) => {
    if (!name.endsWith(CHAR_COLUMN_MARKER)) return name;
    columnTypes[index] = ColumnTypeEnum.Character;
    return name.slice(0, -CHAR_COLUMN_MARKER.length);
  });
  return { ...result, columnNames, columnTypes };
}

function isMultiStatementError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  return text.includes("multiple commands");
}

function wrapQueryable(
  inner: SqlQueryable,
  executeScript: (script: string) => Promise<void>,
): SqlQueryable {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query: SqlQuery) => restoreCharColumns(await inner.queryRaw(query)),
    // Shadow-database replay can send a whole multi-statement migration.sql through executeRaw.
    executeRaw: async (query: SqlQuery) => {
      try {
        return await inner.executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
        await executeScript(query.sql);
        return 0;
      }
    },
  };
}

function wrapTransaction(
  inner: Transaction,
  executeScript: (script: string) => Promise<void>,
): Transaction {
  return {
    ...wrapQueryable(inner, executeScript),
    options: inner.options,
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

/** adapter-pg's adapter over `pool`, with the fixes the schema engine needs (stack-notes.md quirks 3 and 4). */
export async function connectMigrationAdapter(
  pool: pg.Pool,
  onDispose: () => Promise<void>,
): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPg(pool).connect();
  // adapter-pg splits scripts on every ";", even inside strings; the simple query protocol runs the
  // whole script at once, as the native engine does.
  const executeScript = async (script: string): Promise<void> => {
    await pool.query(script);
  };
  return {
    ...wrapQueryable(inner, executeScript),
    executeScript,
    startTransaction: async (isolationLevel) =>
      wrapTransaction(await inner.startTransaction(isolationLevel), executeScript),
    getConnectionInfo: () => inner.getConnectionInfo(),
    dispose: async () => {
      await inner.dispose();
      await onDispose();
    },
  };
}
