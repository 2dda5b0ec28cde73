import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env, isBuildPhase } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle";
import { buildPlaceholderClient } from "./build-placeholder";
import { PrismaClient } from "./generated/client";
import { openPglite } from "./pglite";
import { WatchedPool } from "./pool";

type Holder = { __wartaPrisma?: PrismaClient; __wartaPglite?: PGlite; __wartaPool?: WatchedPool };

// One client per process, kept on globalThis so `next dev` hot reloads reuse it
// instead of opening a new pool (or a second PGlite on the same folder) each time.
const holder = globalThis as typeof globalThis & Holder;

function createClient(): PrismaClient {
  // CASE: a real server; one pool per process.
  if (env.DATABASE_URL) {
    holder.__wartaPool = new WatchedPool(env.DATABASE_URL, env.DATABASE_POOL_SIZE, {
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
    });
    return new PrismaClient({ adapter: new PrismaPg(holder.__wartaPool) });
  }
  // CASE: no server configured; the embedded database in PGLITE_DATA_DIR.
  holder.__wartaPglite = openPglite(env.PGLITE_DATA_DIR);
  return new PrismaClient({ adapter: new PrismaPGlite(holder.__wartaPglite) });
}

function getClient(): PrismaClient {
  if (!holder.__wartaPrisma) {
    holder.__wartaPrisma = createClient();
    // After the server has drained its requests: no query is left to cut off.
    onShutdown(disconnectDb);
  }
  return holder.__wartaPrisma;
}

/**
 * The Prisma client, created on first use rather than on import: `next build`
 * imports server modules in several workers, and none of them should open the
 * database (PGlite would take its folder's lock).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (isBuildPhase) return Reflect.get(buildPlaceholderClient, property);
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the client (scripts and tests; the portal keeps it for the process lifetime). */
export async function disconnectDb(): Promise<void> {
  const client = holder.__wartaPrisma;
  const pglite = holder.__wartaPglite;
  const pool = holder.__wartaPool;
  holder.__wartaPrisma = undefined;
  holder.__wartaPglite = undefined;
  holder.__wartaPool = undefined;
  await client?.$disconnect();
  // Prisma leaves a pool it was given open.
  await pool?.end();
  // The PGlite adapter does not close its database on disconnect; without this the
  // process lingers (or hangs) with the data folder still open.
  await pglite?.close();
}
