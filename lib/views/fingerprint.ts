import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { localDay, type IndonesianTimeZone } from "@/lib/time";
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

export type ReaderIdentity = { address: string; userAgent: string };

/** The 64-character hex fingerprint of a reader on the portal-zone day of `now`. */
export function computeFingerprint(
  reader: ReaderIdentity,
  now: Date,
  timeZone: IndonesianTimeZone = site.timeZone,
  key: Buffer = fingerprintKey,
): string {
  // JSON keeps the three parts unambiguous whatever characters they contain.
  const message = JSON.stringify([localDay(now, timeZone), reader.address, reader.userAgent]);
  return createHmac("sha256", key).update(message).digest("hex");
}

const ipSchema = z.union([z.ipv4(), z.ipv6()]);
const headerValue = z.string().max(2000).optional();
const forwardedHeadersSchema = z.object({
  forwardedFor: headerValue
    .transform((value) => value?.split(",")[0]?.trim())
    .pipe(ipSchema.optional())
    .catch(undefined),
  realIp: headerValue
    .transform((value) => value?.trim())
    .pipe(ipSchema.optional())
    .catch(undefined),
  userAgent: headerValue.catch(undefined),
});

/**
 * Who is asking, from request headers. The client address comes from the first
 * `X-Forwarded-For` entry, else `X-Real-IP`, else "unknown": the reverse proxy in front of
 * the portal MUST set (overwrite, not append to) these headers, or every reader behind it
 * looks alike and a client could pick its own address.
 */
export function readerFromHeaders(headers: Headers): ReaderIdentity {
  const parsed = forwardedHeadersSchema.parse({
    forwardedFor: headers.get("x-forwarded-for") ?? undefined,
    realIp: headers.get("x-real-ip") ?? undefined,
    userAgent: headers.get("user-agent") ?? undefined,
  });
  return { address: parsed.forwardedFor ?? parsed.realIp ?? "unknown", userAgent: parsed.userAgent ?? "" };
}
