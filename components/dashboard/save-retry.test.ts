import { afterEach, describe, expect, it, vi } from "vitest";
import { randomId, retryDelayMs, SaveAttempts, SaveTimeoutError, withTimeout } from "./save-retry";

describe("retryDelayMs", () => {
  it("waits 5, 10, 20, 40 seconds, then a minute, never longer", () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
  });
});

describe("withTimeout", () => {
  afterEach(() => vi.useRealTimers());

  it("gives the answer when it comes in time", async () => {
    await expect(withTimeout(Promise.resolve("ok"), 1_000)).resolves.toBe("ok");
  });

  it("gives up after the deadline, so a hung save never shows 'Menyimpan…' forever", async () => {
    vi.useFakeTimers();
    const never = new Promise<string>(() => undefined);
    const result = withTimeout(never, 20_000);
    const settled = expect(result).rejects.toBeInstanceOf(SaveTimeoutError);
    await vi.advanceTimersByTimeAsync(20_000);
    await settled;
  });

  it("does not leave the abandoned request's failure unhandled", async () => {
    vi.useFakeTimers();
    let fail: (error: Error) => void = () => undefined;
    const late = new Promise<string>((_, reject) => {
      fail = reject;
    });
    const result = withTimeout(late, 100);
    const settled = expect(result).rejects.toBeInstanceOf(SaveTimeoutError);
    await vi.advanceTimersByTimeAsync(100);
    await settled;
    fail(new Error("late"));
    await vi.advanceTimersByTimeAsync(0);
  });
});

describe("randomId", () => {
  it("makes distinct version 4 UUIDs", () => {
    const ids = new Set(Array.from({ length: 50 }, randomId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("SaveAttempts", () => {
  const counter = () => {
    let n = 0;
    return () => `id-${++n}`;
  };

  it("gives each new text a new id with no earlier attempts", () => {
    const attempts = new SaveAttempts(counter());
    expect(attempts.start(3, "A")).toEqual({ saveId: "id-1", priorSaveIds: [] });
    expect(attempts.start(3, "B")).toEqual({ saveId: "id-2", priorSaveIds: [] });
  });

  it("resends the same text in doubt under the same id", () => {
    const attempts = new SaveAttempts(counter());
    const first = attempts.start(3, "A");
    attempts.markUnknown(first.saveId, "A");
    expect(attempts.start(3, "A")).toEqual({ saveId: "id-1", priorSaveIds: [] });
  });

  it("names earlier attempts in doubt when the text has changed since", () => {
    const attempts = new SaveAttempts(counter());
    attempts.markUnknown(attempts.start(3, "A").saveId, "A");
    attempts.markUnknown(attempts.start(3, "AB").saveId, "AB");
    expect(attempts.start(3, "ABC")).toEqual({ saveId: "id-3", priorSaveIds: ["id-1", "id-2"] });
    expect(attempts.pendingIds()).toEqual(["id-1", "id-2"]);
  });

  it("starts afresh after a definite answer or from another version", () => {
    const attempts = new SaveAttempts(counter());
    attempts.markUnknown(attempts.start(3, "A").saveId, "A");
    attempts.settle();
    expect(attempts.start(4, "A")).toEqual({ saveId: "id-2", priorSaveIds: [] });
    attempts.markUnknown("id-2", "A");
    expect(attempts.start(5, "A")).toEqual({ saveId: "id-3", priorSaveIds: [] });
  });

  it("takes over the attempts in doubt of a restored copy", () => {
    const attempts = new SaveAttempts(counter());
    attempts.restore(3, ["old-1", "old-2"]);
    expect(attempts.start(3, "A")).toEqual({ saveId: "id-1", priorSaveIds: ["old-1", "old-2"] });
  });

  it("keeps at most twenty attempts in doubt, the newest", () => {
    const attempts = new SaveAttempts(counter());
    for (let index = 0; index < 25; index += 1)
      attempts.markUnknown(attempts.start(1, `T${index}`).saveId, `T${index}`);
    expect(attempts.pendingIds()).toHaveLength(20);
    expect(attempts.pendingIds()[19]).toBe("id-25");
  });
});
