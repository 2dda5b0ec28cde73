import { describe, expect, it } from "vitest";
import { createLimiter, QueueFullError } from "./concurrency";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createLimiter", () => {
  it("never runs more than `concurrency` tasks at once, and runs them all in order", async () => {
    const limiter = createLimiter({ concurrency: 2 });
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        limiter.run(async () => {
          started.push(index);
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          return index * 2;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(limiter.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("frees the slot of a task that failed", async () => {
    const limiter = createLimiter({ concurrency: 1 });
    await expect(limiter.run(() => Promise.reject(new Error("gagal")))).rejects.toThrow("gagal");
    expect(await limiter.run(async () => "berikutnya")).toBe("berikutnya");
  });

  it("refuses at once when the queue is full", async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 1 });
    let finish = () => {};
    const first = limiter.run(() => new Promise<void>((resolve) => (finish = resolve)));
    const second = limiter.run(async () => "antre");
    await expect(limiter.run(async () => "terlalu banyak")).rejects.toBeInstanceOf(QueueFullError);
    expect(limiter.stats()).toEqual({ active: 1, waiting: 1 });
    finish();
    await first;
    expect(await second).toBe("antre");
  });
});
