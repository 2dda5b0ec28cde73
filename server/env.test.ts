import { describe, expect, it } from "vitest";
import { parseServerEnv, trustedProxyMatcher } from "./env.mjs";

describe("parseServerEnv", () => {
  it("has defaults that trust no proxy", () => {
    const env = parseServerEnv({});
    expect(env.TRUSTED_PROXIES).toEqual([]);
    expect(env.PORT).toBe(3000);
    expect(env.SHUTDOWN_TIMEOUT_SECONDS).toBe(10);
  });

  it("parses a CIDR list", () => {
    expect(parseServerEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1 ::1" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
      "::1",
    ]);
  });

  it("refuses a malformed entry and names the variable", () => {
    expect(() => parseServerEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseServerEnv({ TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseServerEnv({ PORT: "http" })).toThrow(/PORT/);
  });
});

describe("trustedProxyMatcher", () => {
  it("matches ranges and single addresses of both families", () => {
    const isTrusted = trustedProxyMatcher(["10.0.0.0/8", "192.0.2.1", "2001:db8::/32"]);
    expect(isTrusted("10.200.3.4")).toBe(true);
    expect(isTrusted("192.0.2.1")).toBe(true);
    expect(isTrusted("192.0.2.2")).toBe(false);
    expect(isTrusted("2001:db8::5")).toBe(true);
    expect(isTrusted("::ffff:10.1.1.1")).toBe(true);
    expect(isTrusted("not an address")).toBe(false);
  });
});
