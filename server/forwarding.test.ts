import { describe, expect, it } from "vitest";
import { trustedProxyMatcher } from "./env.mjs";
import { CLIENT_IP_HEADER, clientAddress, normaliseForwarding } from "./forwarding.mjs";

const edge = trustedProxyMatcher(["127.0.0.1", "10.0.0.0/8"]);
const nobody = trustedProxyMatcher([]);

describe("clientAddress", () => {
  it("is the socket address when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", nobody)).toBe("203.0.113.7");
  });

  it("takes the hop a trusted proxy saw, not what the client claimed before it", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the edge appended the real address.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.9", edge)).toBe("198.51.100.9");
  });

  it("skips a chain of trusted proxies", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.9, 10.1.2.3", edge)).toBe("198.51.100.9");
  });

  it("falls back to the socket when a trusted proxy sends nothing", () => {
    expect(clientAddress("10.0.0.5", undefined, edge)).toBe("10.0.0.5");
  });

  it("matches IPv4-mapped IPv6 socket addresses against IPv4 ranges", () => {
    expect(clientAddress("::ffff:10.0.0.5", "198.51.100.9", edge)).toBe("198.51.100.9");
  });
});

describe("normaliseForwarding", () => {
  it("drops forwarding headers and the client-ip header from untrusted sockets", () => {
    const req = {
      socket: { remoteAddress: "203.0.113.7" },
      headers: {
        "x-forwarded-for": "1.2.3.4",
        "x-real-ip": "1.2.3.4",
        [CLIENT_IP_HEADER]: "1.2.3.4",
        "x-request-id": "mine",
      } as Record<string, string | undefined>,
    };
    const id = normaliseForwarding(req, nobody);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("203.0.113.7");
    expect(req.headers["x-forwarded-for"]).toBeUndefined();
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(id).not.toBe("mine");
    expect(req.headers["x-request-id"]).toBe(id);
  });

  it("keeps a trusted proxy's request id when it is well formed", () => {
    const req = {
      socket: { remoteAddress: "127.0.0.1" },
      headers: { "x-request-id": "edge-42" } as Record<string, string | undefined>,
    };
    expect(normaliseForwarding(req, edge)).toBe("edge-42");
    const bad = {
      socket: { remoteAddress: "127.0.0.1" },
      headers: { "x-request-id": "a b\nc" } as Record<string, string | undefined>,
    };
    expect(normaliseForwarding(bad, edge)).not.toBe("a b\nc");
  });

  it("never lets a client through a trusted proxy set the client-ip header directly", () => {
    const req = {
      socket: { remoteAddress: "127.0.0.1" },
      headers: { "x-forwarded-for": "198.51.100.9", [CLIENT_IP_HEADER]: "1.2.3.4" } as Record<
        string,
        string | undefined
      >,
    };
    normaliseForwarding(req, edge);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("198.51.100.9");
  });
});
