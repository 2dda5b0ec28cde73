import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { localDay, type IndonesianTimeZone } from "@/lib/time";
import type { RequestMeta } from "@/lib/request";
import { site } from "@/lib/site";

/**
 * A reader, for view counting only: HMAC-SHA256 of (portal-zone day, client address,
 * user agent). The hex digest is the only thing stored; it changes every day, so it
 * cannot follow a reader across days, and no cookie or consent is needed.
 */

// Derived from AUTH_SECRET so fingerprints survive restarts and agree across instances.
// Without AUTH_SECRET (development) each process draws a random key: after a restart a
// reader within the 30-minute window may be counted once more, which is acceptable there.
const fingerprintKey: Buffer = env.AUTH_SECRET
  ? createHmac("sha256", env.AUTH_SECRET).update("warta:view-fingerprint:v1").digest()
  : randomBytes(32);

/** The 64-character hex fingerprint of a reader (lib/request's metadata) on the portal-zone day of `now`. */
export function computeFingerprint(
  reader: RequestMeta,
  now: Date,
  timeZone: IndonesianTimeZone = site.timeZone,
  key: Buffer = fingerprintKey,
): string {
  // Readers without a usable address share "unknown", as they always have: the digests stay stable.
  return keyedDigest(key, [localDay(now, timeZone), reader.ip ?? "unknown", reader.userAgent]);
}

/** JSON keeps the parts unambiguous whatever characters they contain. */
function keyedDigest(key: Buffer, parts: readonly string[]): string {
  return createHmac("sha256", key).update(JSON.stringify(parts)).digest("hex");
}

/**
 * The network a reader's address stands for: an IPv4 address itself, an IPv6 address by
 * its /64 (one household or phone gets a whole /64, so its single addresses are free to rotate).
 */
export function addressNetwork(ip: string | null): string {
  if (!ip) return "unknown";
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = ip.includes("::") ? (tail ? tail.split(":") : []) : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = ip.includes("::") ? [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The 64-character hex key of a reader's address network (see addressNetwork) on the portal-zone day of `now`. */
export function computeAddressKey(
  reader: RequestMeta,
  now: Date,
  timeZone: IndonesianTimeZone = site.timeZone,
  key: Buffer = fingerprintKey,
): string {
  return keyedDigest(key, ["address", localDay(now, timeZone), addressNetwork(reader.ip)]);
}
