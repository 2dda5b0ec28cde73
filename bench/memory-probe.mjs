// @ts-check
/**
 * Loaded into the production server by `npm run bench:memory` (`node --import`), never in
 * production: every few seconds it prints one line with the process's memory and the
 * sizes of its two bounded caches (server/page-cache-handler.mjs, data-cache-handler.mjs,
 * which keep their stores on globalThis), so the bench can tell cache growth, which stops
 * at the configured bounds, from anything else. bench/memory-report.ts reads the lines.
 */
const PROBE_INTERVAL_MS = 5_000;
const MB = 1024 * 1024;

/** @param {symbol} key @returns {{ bytes: number; entries: number } | null} */
function cacheStats(key) {
  const store = /** @type {{ stats?: () => { bytes: number; entries: number } } | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[key]
  );
  return store?.stats ? store.stats() : null;
}

setInterval(() => {
  const memory = process.memoryUsage();
  const page = cacheStats(Symbol.for("warta.pageCache"));
  const data = cacheStats(Symbol.for("warta.dataCache"));
  const line = {
    rssMb: memory.rss / MB,
    heapUsedMb: memory.heapUsed / MB,
    heapTotalMb: memory.heapTotal / MB,
    externalMb: memory.external / MB,
    arrayBuffersMb: memory.arrayBuffers / MB,
    pageCacheMb: page ? page.bytes / MB : null,
    pageCacheEntries: page ? page.entries : null,
    dataCacheMb: data ? data.bytes / MB : null,
    dataCacheEntries: data ? data.entries : null,
  };
  process.stderr.write(`WARTA_MEMORY ${JSON.stringify(line)}\n`);
}, PROBE_INTERVAL_MS).unref();
