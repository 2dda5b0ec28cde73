import { describe, expect, it } from "vitest";
import { databaseFailureOf, isDatabaseUnavailable } from "./errors";

// Shapes recorded from Prisma 7 with @prisma/adapter-pg against a real server (see
// errors.int.test.ts, which produces them live): the classifier must see through each.

/** A Prisma known request error as the adapter reports it: its own code, the driver's error inside. */
function prismaError(code: string, cause: Record<string, unknown>) {
  return Object.assign(new Error(`Prisma ${code}`), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });
}

describe("databaseFailureOf", () => {
  it("recognises a refused connection, however it is wrapped", () => {
    expect(databaseFailureOf(prismaError("P1001", { kind: "DatabaseNotReachable", host: "db", port: 5432 }))).toBe(
      "unreachable",
    );
    const socket = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED", syscall: "connect" });
    expect(databaseFailureOf(socket)).toBe("unreachable");
    expect(databaseFailureOf(new Error("wrapper", { cause: socket }))).toBe("unreachable");
    expect(databaseFailureOf(new AggregateError([new Error("x"), socket]))).toBe("unreachable");
  });

  it("recognises a database that refuses new sessions or is shutting down", () => {
    const closed = {
      originalCode: "55000",
      originalMessage: 'database "warta" is not currently accepting connections',
      kind: "postgres",
      code: "55000",
      severity: "FATAL",
      message: 'database "warta" is not currently accepting connections',
    };
    expect(databaseFailureOf(prismaError("P2039", closed))).toBe("unreachable");
    const shutdown = {
      kind: "postgres",
      code: "57P01",
      message: "terminating connection due to administrator command",
    };
    expect(databaseFailureOf(prismaError("P2039", shutdown))).toBe("unreachable");
    expect(databaseFailureOf({ code: "08006", message: "connection failure" })).toBe("unreachable");
  });

  it("recognises connections cut or never made in time", () => {
    const cut = new Error("Connection terminated due to connection timeout", {
      cause: new Error("Connection terminated unexpectedly"),
    });
    expect(databaseFailureOf(cut)).toBe("timeout");
    expect(databaseFailureOf(new Error("timeout exceeded when trying to connect"))).toBe("timeout");
    expect(databaseFailureOf(new Error("Client has encountered a connection error and is not queryable"))).toBe(
      "unreachable",
    );
    expect(databaseFailureOf(new Error("Connection terminated unexpectedly"))).toBe("unreachable");
  });

  it("recognises statement and lock timeouts and a transaction that could not start in time", () => {
    const statement = { kind: "postgres", code: "57014", message: "canceling statement due to statement timeout" };
    expect(databaseFailureOf(prismaError("P2010", statement))).toBe("timeout");
    expect(databaseFailureOf(prismaError("P2024", {}))).toBe("timeout");
    const start = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), {
      code: "P2028",
    });
    expect(databaseFailureOf(start)).toBe("timeout");
  });

  it("leaves bugs, rules and data errors alone", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", code: "22P02", message: "invalid" }))).toBe(
      false,
    );
    // SQLSTATE 55000 covers more than a closed database.
    expect(isDatabaseUnavailable({ code: "55000", message: "currval of sequence is not yet defined" })).toBe(false);
    const closedTransaction = Object.assign(new Error("Transaction API error: Transaction not found."), {
      code: "P2028",
    });
    expect(isDatabaseUnavailable(closedTransaction)).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("stops on an error that contains itself", () => {
    const looped: { cause?: unknown; message: string } = { message: "loop" };
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });
});
