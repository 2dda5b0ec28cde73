// @ts-check
/**
 * Settings of the server process itself: what server/index.mjs and the page-cache handler
 * read before any application code loads. lib/env.ts folds this schema into the
 * application's, so `.env.example` and the README's table stay one list, and a bad value
 * stops the process with a message naming the variable.
 */
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/** @param {unknown} value */
const emptyAsUndefined = (value) => (value === "" ? undefined : value);

/**
 * "10.0.0.0/8, 192.168.1.10, ::1" → the same list, each entry checked. A bare address is
 * a /32 (or /128). Anything else is refused rather than silently trusting nothing.
 */
const cidrList = z.string().transform((value, context) => {
  const entries = value
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const isPrefixValid = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
    if (family === 0 || !isPrefixValid) {
      context.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR range` });
    }
  }
  return entries;
});

export const serverEnvSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(3000)),
  /** Address to listen on; 0.0.0.0 for every interface. */
  HOSTNAME: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  /**
   * Reverse proxies whose X-Forwarded-For / X-Request-Id may be believed (CIDRs, comma
   * separated). Default none: the client address is the socket's.
   */
  TRUSTED_PROXIES: z.preprocess(emptyAsUndefined, cidrList.default([])),
  /** How long a SIGTERM waits for in-flight requests before closing their connections. */
  SHUTDOWN_TIMEOUT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(300).default(10)),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),
  /**
   * The public address. The application builds canonical URLs, feeds and sitemaps from it;
   * the server sends HSTS when it is https (security-headers.mjs).
   */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** Memory for rendered public pages kept by this process (megabytes). */
  PAGE_CACHE_MAX_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(8).max(8_192).default(256)),
  /** Memory for "use cache" data (query results) kept by this process (megabytes). */
  DATA_CACHE_MAX_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(8).max(8_192).default(64)),
  /**
   * Redis shared by every instance (redis://[:password@]host:port[/db]). Set it when more
   * than one instance serves the site: cache invalidations then reach all of them. Unset:
   * this process keeps its cache records to itself (one instance).
   */
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((value) => /^rediss?:\/\//.test(value), "must start with redis:// or rediss://")
      .optional(),
  ),
  /** Prefix of every Redis key Warta writes, so several sites (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, "letters, digits and : _ . - only (at most 64)")
      .default("warta:"),
  ),
});

/** @typedef {z.infer<typeof serverEnvSchema>} ServerEnv */

/**
 * @param {Record<string, string | undefined>} source
 * @returns {ServerEnv}
 */
export function parseServerEnv(source) {
  const result = serverEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * A matcher for a parsed TRUSTED_PROXIES list. IPv4-mapped IPv6 socket addresses
 * (::ffff:10.0.0.1) match their IPv4 ranges.
 * @param {readonly string[]} entries
 * @returns {(address: string) => boolean}
 */
export function trustedProxyMatcher(entries) {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const plain = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
    const family = isIP(plain);
    if (family === 0) return false;
    return list.check(plain, family === 6 ? "ipv6" : "ipv4");
  };
}
