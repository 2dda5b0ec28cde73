/**
 * How long a cache invalidation takes to reach another instance through Redis: two tag
 * stores (server/shared-tags.mjs) as two instances would hold them; one invalidates, the
 * other is polled until it knows. Only the propagation, without rendering the page again.
 *
 *   npx tsx bench/tag-propagation.ts [--count 200] [--redis redis://127.0.0.1:6379]
 *
 * Uses a key prefix of its own and deletes its stream at the end.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import { connectRedis, createTagStore } from "../server/shared-tags.mjs";

const { values } = parseArgs({
  options: { count: { type: "string", default: "200" }, redis: { type: "string", default: "redis://127.0.0.1:6379" } },
});
const count = Number(values.count);
const url = values.redis;
const prefix = `warta-bench-${randomBytes(4).toString("hex")}:`;
const quiet = { warn: () => {}, info: () => {} };
const a = createTagStore({ redis: { ...connectRedis(url), prefix }, ...quiet });
const b = createTagStore({ redis: { ...connectRedis(url), prefix }, ...quiet });

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

await until(() => a.status().isInSync && b.status().isInSync);
const samples: number[] = [];
for (let index = 0; index < count; index += 1) {
  const tag = `article:bench-${index}`;
  const renderedAt = Date.now() - 1;
  const started = performance.now();
  await a.invalidate(tag);
  await until(() => b.check([tag], renderedAt) === "expired");
  samples.push(performance.now() - started);
  await new Promise((resolve) => setTimeout(resolve, 10));
}
samples.sort((x, y) => x - y);
const at = (fraction: number) =>
  (samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))] ?? 0).toFixed(2);
console.log(
  `${count} invalidations from one instance to the other: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);
await Promise.all([a.close(), b.close()]);
const client = new Redis(url);
await client.del(`${prefix}tag-events`);
client.disconnect();
