import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { CLIENT_IP_HEADER } from "@/server/forwarding.mjs";

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
const requestHeadersSchema = z.object({
  clientIp: headerValue
    .transform((value) => value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ""))
    .pipe(ipSchema.optional())
    .catch(undefined),
  userAgent: headerValue.catch(undefined),
});

/**
 * Request metadata from headers. The client address is the one the server process
 * decided (server/forwarding.mjs): the socket's, or the X-Forwarded-For hop seen by a
 * proxy listed in TRUSTED_PROXIES. It arrives as `x-warta-client-ip`, which the server
 * strips from every incoming request, so no client can choose its own address.
 */
export function requestMetaFromHeaders(source: Headers): RequestMeta {
  const parsed = requestHeadersSchema.parse({
    clientIp: source.get(CLIENT_IP_HEADER) ?? undefined,
    userAgent: source.get("user-agent") ?? undefined,
  });
  return { ip: parsed.clientIp ?? null, userAgent: parsed.userAgent ?? "" };
}

/** The current request's metadata, for server actions and pages. */
export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFromHeaders(await headers());
}
