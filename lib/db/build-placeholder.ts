import "server-only";
import type { PrismaClient } from "./generated/client";

/**
 * The database as `next build` sees it: empty. Builds never touch the database (README,
 * Decisions), yet Next prerenders every public route once while building, and those
 * renders call the same queries as the live site. Here every query answers as if no
 * row existed, so a build needs no database and its placeholder output is empty; the
 * page cache (server/page-cache-handler.mjs) never serves build output, so a reader
 * never sees it.
 */

const EMPTY_RESULTS: Record<string, unknown> = {
  findMany: [],
  findFirst: null,
  findUnique: null,
  count: 0,
  groupBy: [],
  aggregate: {},
};

function placeholderModel(model: string): unknown {
  return new Proxy(
    {},
    {
      get(_target, operation) {
        if (typeof operation !== "string") return undefined;
        if (!(operation in EMPTY_RESULTS)) {
          return () => Promise.reject(new Error(`${model}.${operation} is not available while building`));
        }
        return () => Promise.resolve(EMPTY_RESULTS[operation]);
      },
    },
  );
}

export const buildPlaceholderClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (property === "$queryRaw" || property === "$queryRawUnsafe") return () => Promise.resolve([]);
    if (typeof property !== "string" || property.startsWith("$")) {
      return () => Promise.reject(new Error(`db.${String(property)} is not available while building`));
    }
    return placeholderModel(property);
  },
});
