/**
 * Arguments of cached reads, bounded. Those functions are only called by our own pages
 * with sensible numbers, but they are server functions too (README, "Server functions"),
 * so each one also refuses to fetch without limit whatever it is handed. Pure module.
 */

/** A whole number from 1 to `max`; anything else (NaN, a string, a negative) is clamped or becomes 1. */
export function boundedCount(value: unknown, max: number): number {
  const number = typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : 1;
  return Math.min(max, Math.max(1, number));
}
