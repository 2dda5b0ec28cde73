import { randomBytes } from "node:crypto";
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFailureOf } from "./errors";
import { PrismaClient } from "./generated/client";

// The outages errors.ts must recognise, produced for real: the shapes come from Prisma, its
// pg adapter and Postgres as installed, not from what we remember of them.

// Tests configure the database themselves, so they read the test-only variable directly.
const serverUrl = process.env.TEST_DATABASE_URL;

function clientFor(connectionString: string, options: { connectionTimeoutMillis?: number } = {}) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...options }) });
}

/** The error a promise rejects with (the test fails if it resolves). */
async function failureOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error("expected the query to fail");
    },
    (error: unknown) => error,
  );
}

describe("without a database server", () => {
  it("a refused connection is 'unreachable', in a query and in a transaction", async () => {
    const client = clientFor("postgresql://postgres@127.0.0.1:1/none");
    try {
      expect(databaseFailureOf(await failureOf(client.user.findFirst()))).toBe("unreachable");
      expect(databaseFailureOf(await failureOf(client.$transaction((tx) => tx.user.findFirst())))).toBe("unreachable");
    } finally {
      await client.$disconnect();
    }
  });

  it("a server that accepts but never answers is a 'timeout' once the pool gives up", async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const client = clientFor(`postgresql://postgres@127.0.0.1:${port}/none`, { connectionTimeoutMillis: 300 });
    try {
      expect(databaseFailureOf(await failureOf(client.user.findFirst()))).toBe("timeout");
    } finally {
      await client.$disconnect();
      silent.close();
    }
  });
});

describe.runIf(serverUrl)("with a database server", () => {
  const scratch = `warta_test_closed_${randomBytes(4).toString("hex")}`;
  let admin: pg.Client;
  let scratchUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const url = new URL(serverUrl ?? "");
    url.pathname = `/${scratch}`;
    scratchUrl = url.toString();
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.end();
  });

  it("a statement cut off by statement_timeout is a 'timeout'", async () => {
    const url = new URL(serverUrl ?? "");
    url.searchParams.set("options", "-c statement_timeout=100");
    const client = clientFor(url.toString());
    try {
      const error = await failureOf(client.$queryRaw`SELECT pg_sleep(2)`);
      expect(databaseFailureOf(error)).toBe("timeout");
    } finally {
      await client.$disconnect();
    }
  });

  it("a database closed to connections, with its sessions ended, is 'unreachable'", async () => {
    const client = clientFor(scratchUrl);
    try {
      await client.$queryRaw`SELECT 1`;
      await admin.query(`ALTER DATABASE "${scratch}" ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [scratch]);
      expect(databaseFailureOf(await failureOf(client.$queryRaw`SELECT 1`))).toBe("unreachable");
      expect(databaseFailureOf(await failureOf(client.$transaction((tx) => tx.$queryRaw`SELECT 1`)))).toBe(
        "unreachable",
      );
      await admin.query(`ALTER DATABASE "${scratch}" ALLOW_CONNECTIONS true`);
      await expect(client.$queryRaw`SELECT 1`).resolves.toBeDefined();
    } finally {
      await client.$disconnect();
    }
  });

  it("a session ended in the middle of a transaction is 'unreachable'", async () => {
    const client = clientFor(scratchUrl);
    try {
      const error = await failureOf(
        client.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [scratch]);
          await tx.$queryRaw`SELECT 1`;
        }),
      );
      expect(databaseFailureOf(error)).toBe("unreachable");
    } finally {
      await client.$disconnect();
    }
  });

  it("an ordinary query error is not an outage", async () => {
    const client = clientFor(scratchUrl);
    try {
      const error = await failureOf(client.$queryRaw`SELECT 1 / 0`);
      expect(databaseFailureOf(error)).toBeNull();
    } finally {
      await client.$disconnect();
    }
  });
});
