// @ts-check
/**
 * Who sent a request, believing forwarding headers only from configured proxies. The
 * application reads the result from `x-warta-client-ip` (lib/request.ts); a client cannot
 * set that header, because every incoming copy is dropped here.
 */
import { randomUUID } from "node:crypto";

export const CLIENT_IP_HEADER = "x-warta-client-ip";
const REQUEST_ID = /^[\w.-]{1,128}$/;
const FORWARDING_HEADERS = ["x-forwarded-for", "x-real-ip", "forwarded", "x-request-id", CLIENT_IP_HEADER];

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy, the
 * rightmost X-Forwarded-For entry that is not itself a trusted proxy. Proxies append to
 * the header, so whatever stands left of the first untrusted hop is the client's own claim.
 * @param {string} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {(address: string) => boolean} isTrustedProxy
 */
export function clientAddress(socketAddress, forwardedFor, isTrustedProxy) {
  if (!isTrustedProxy(socketAddress)) return socketAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = /** @type {string} */ (hops[index]);
    if (!isTrustedProxy(hop)) return hop;
  }
  return hops[0] ?? socketAddress;
}

/**
 * Rewrites a request's forwarding headers in place and returns its id: an X-Request-Id from
 * a trusted proxy is kept, anything else gets a fresh one.
 * @param {{ socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> }} req
 * @param {(address: string) => boolean} isTrustedProxy
 */
export function normaliseForwarding(req, isTrustedProxy) {
  const socketAddress = req.socket.remoteAddress ?? "";
  const fromTrustedProxy = isTrustedProxy(socketAddress);
  const incomingId = String(req.headers["x-request-id"] ?? "");
  const requestId = fromTrustedProxy && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
  const address = clientAddress(socketAddress, req.headers["x-forwarded-for"], isTrustedProxy);
  if (fromTrustedProxy) delete req.headers[CLIENT_IP_HEADER];
  else for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_IP_HEADER] = address;
  req.headers["x-request-id"] = requestId;
  return requestId;
}
