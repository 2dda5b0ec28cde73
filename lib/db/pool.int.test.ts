import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/client";
import { databaseHealthRecord } from "./health";
import { WatchedPool } from "./pool";

// The pool the portal runs on, against real servers: every wait is bounded, and each
// outcome lands in the health record the server reads to answer 503 instead of 500.

const serverUrl = process.env.TEST_DATABASE_URL;
const timeouts = { connectTimeoutMs: 500, statementTimeoutMs: 400, lockTimeoutMs: 300 };
const open: PrismaClient[] = [];

function clientOn(url: string) {
  const client = new PrismaClient({ adapter: new PrismaPg(new WatchedPool(url, 2, timeouts)) });
  open.push(client);
  return client;
}

async function elapsedFailure(work: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await work.then(
    () => new Error("expected the query to fail"),
    (failure: unknown) => failure,
  );
  return { ms: performance.now() - started, error };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.$disconnect()));
});

describe("WatchedPool", () => {
  it("gives up on a server that accepts but never answers within the connect timeout, and records it", async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const before = Date.now();
      const { ms } = await elapsedFailure(clientOn(`postgresql://postgres@127.0.0.1:${port}/none`).$queryRaw`SELECT 1`);
      expect(ms).toBeLessThan(3_000);
      const health = databaseHealthRecord();
      expect(health.lastFailure).toBe("timeout");
      expect(health.lastFailureAt).toBeGreaterThanOrEqual(before);
    } finally {
      silent.close();
    }
  });

  it.runIf(serverUrl)(
    "cuts off a long statement and a wait behind a held lock; a good query records success",
    async () => {
      const client = clientOn(serverUrl ?? "");
      const slow = await elapsedFailure(client.$queryRaw`SELECT pg_sleep(5)`);
      expect(slow.ms).toBeLessThan(2_000);
      expect(databaseHealthRecord().lastFailure).toBe("timeout");

      const table = `warta_pool_lock_${process.pid}`;
      const locker = new pg.Client({ connectionString: serverUrl });
      await locker.connect();
      try {
        await locker.query(`CREATE TABLE ${table} (id int)`);
        await locker.query("BEGIN");
        await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        const blocked = await elapsedFailure(client.$queryRawUnsafe(`SELECT count(*) FROM ${table}`));
        expect(blocked.ms).toBeLessThan(2_000);
        expect(databaseHealthRecord().lastFailure).toBe("timeout");

        // The same wait inside a transaction, which runs on a connection of its own.
        const inTransaction = Date.now();
        await elapsedFailure(client.$transaction((tx) => tx.$queryRawUnsafe(`SELECT count(*) FROM ${table}`)));
        expect(databaseHealthRecord().lastFailureAt).toBeGreaterThanOrEqual(inTransaction);
        expect(databaseHealthRecord().lastFailureAt).toBeGreaterThan(databaseHealthRecord().lastSuccessAt ?? 0);
      } finally {
        await locker.query("ROLLBACK");
        await locker.query(`DROP TABLE IF EXISTS ${table}`);
        await locker.end();
      }

      const before = Date.now();
      expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      expect(databaseHealthRecord().lastSuccessAt).toBeGreaterThanOrEqual(before);
    },
  );
});
