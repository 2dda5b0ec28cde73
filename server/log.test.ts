import { describe, expect, it } from "vitest";
import { createLogger, errorKind, requestContext } from "./log.mjs";

function capture(windowMs = 10_000) {
  let time = 0;
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line) => lines.push(JSON.parse(line)), now: () => time, windowMs });
  return { logger, lines, advance: (ms: number) => (time += ms) };
}

describe("createLogger", () => {
  it("writes one JSON object per line with time, level and message", () => {
    const { logger, lines } = capture();
    logger.info("ready", { port: 3000 });
    expect(lines).toEqual([{ time: new Date(0).toISOString(), level: "info", msg: "ready", port: 3000 }]);
    logger.close();
  });

  it("counts repeats of a failure kind instead of writing each", () => {
    const { logger, lines, advance } = capture();
    for (let i = 0; i < 500; i += 1) logger.error("database unreachable", undefined, "db-down");
    expect(lines).toHaveLength(1);
    advance(10_000);
    logger.error("database unreachable", undefined, "db-down");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({
      level: "error",
      msg: "database unreachable (repeated 499 times in 10 s)",
      repeated: 499,
    });
    logger.close();
  });

  it("adds the request id of the request it is logging for", () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: "req-1" }, () => logger.warn("slow"));
    expect(lines[0]).toMatchObject({ msg: "slow", requestId: "req-1" });
    logger.close();
  });

  it("drops lines below its level", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", write: (line) => lines.push(line) });
    logger.info("chatter");
    logger.debug("more chatter");
    logger.warn("matters");
    expect(lines).toHaveLength(1);
    logger.close();
  });
});

describe("errorKind", () => {
  it("gives the same kind to the same failure with different numbers", () => {
    const a = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const b = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6543"), { code: "ECONNREFUSED" });
    expect(errorKind(a)).toBe(errorKind(b));
    expect(errorKind(a)).toContain("ECONNREFUSED");
  });
});
