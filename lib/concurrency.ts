/**
 * A small in-process queue: at most `concurrency` tasks run at once, the rest wait their
 * turn in order. For work that must not be allowed to swamp one process however many
 * requests ask for it at the same moment (image decoding, which needs memory in
 * proportion to the pixels; view counting, which must leave database connections for
 * everything else). Pure module.
 */

/** Refused because `maxQueue` tasks are already waiting: the caller should give up, not wait. */
export class QueueFullError extends Error {
  constructor() {
    super("Too many tasks are waiting for this limiter.");
    this.name = "QueueFullError";
  }
}

export type Limiter = {
  /** Runs the task when a slot is free; rejects with QueueFullError when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now and waiting now (for tests and logs). */
  stats(): { active: number; waiting: number };
};

export function createLimiter({
  concurrency,
  maxQueue = Infinity,
}: {
  concurrency: number;
  maxQueue?: number;
}): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("concurrency must be a positive integer");
  let active = 0;
  const waiting: (() => void)[] = [];

  function release() {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    }
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < concurrency) {
        active += 1;
      } else {
        if (waiting.length >= maxQueue) throw new QueueFullError();
        // The slot is handed over by release(), so `active` never drops below the queue's need.
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats: () => ({ active, waiting: waiting.length }),
  };
}
