import "server-only";
import { headers } from "next/headers";
import { z } from "zod";

/**
 * Where a request came from: the client address and user agent. Audit rows record the
 * address (and sign-ins are rate-limited by it); view counting hashes both
 * (lib/views/fingerprint). Work done outside a request (the scheduler, the seed, tests)
 * passes NO_REQUEST.
 */
export type RequestMeta = {
  /** The client address, or null when the proxy did not send a valid one. */
  ip: string | null;
  /** The User-Agent header, "" when missing. */
  userAgent: string;
};

export const NO_REQUEST: RequestMeta = Object.freeze({ ip: null, userAgent: "" });

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
 * Request metadata from headers. The client address comes from the first
 * `X-Forwarded-For` entry, else `X-Real-IP`, else null: the reverse proxy in front of
 * the portal MUST set (overwrite, not append to) these headers, or every client behind
 * it looks alike and a client could pick its own address.
 */
export function requestMetaFromHeaders(source: Headers): RequestMeta {
  const parsed = forwardedHeadersSchema.parse({
    forwardedFor: source.get("x-forwarded-for") ?? undefined,
    realIp: source.get("x-real-ip") ?? undefined,
    userAgent: source.get("user-agent") ?? undefined,
  });
  return { ip: parsed.forwardedFor ?? parsed.realIp ?? null, userAgent: parsed.userAgent ?? "" };
}

/** The current request's metadata, for server actions and pages. */
export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFromHeaders(await headers());
}
