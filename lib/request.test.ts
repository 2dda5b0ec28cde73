import { describe, expect, it } from "vitest";
import { requestMetaFromHeaders } from "./request";

describe("requestMetaFromHeaders", () => {
  it("takes the address the server decided and the user agent", () => {
    const headers = new Headers({ "x-warta-client-ip": "198.51.100.7", "user-agent": "UA" });
    expect(requestMetaFromHeaders(headers)).toEqual({ ip: "198.51.100.7", userAgent: "UA" });
  });

  it("never believes X-Forwarded-For or X-Real-IP itself (the server process decides them)", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" });
    expect(requestMetaFromHeaders(headers)).toEqual({ ip: null, userAgent: "" });
  });

  it("reads IPv4-mapped IPv6 socket addresses as IPv4", () => {
    expect(requestMetaFromHeaders(new Headers({ "x-warta-client-ip": "::ffff:10.0.0.7" })).ip).toBe("10.0.0.7");
    expect(requestMetaFromHeaders(new Headers({ "x-warta-client-ip": "2001:db8::1" })).ip).toBe("2001:db8::1");
  });

  it("ignores addresses that are not addresses", () => {
    expect(requestMetaFromHeaders(new Headers({ "x-warta-client-ip": "<script>" })).ip).toBeNull();
    expect(requestMetaFromHeaders(new Headers({ "x-warta-client-ip": "x".repeat(5000) })).ip).toBeNull();
  });

  it("drops an oversized user agent instead of storing it", () => {
    expect(requestMetaFromHeaders(new Headers({ "user-agent": "u".repeat(5000) })).userAgent).toBe("");
  });
});
