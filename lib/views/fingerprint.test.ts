import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addressNetwork, computeAddressKey, computeFingerprint } from "./fingerprint";

const key = Buffer.alloc(32, 7);
const reader = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/130" };
// 23.30 UTC on 10 October is already 11 October, 07.30 WITA.
const morning = new Date("2026-10-10T23:30:00Z");
const evening = new Date("2026-10-11T15:59:00Z"); // 23.59 WITA, same WITA day
const nextDay = new Date("2026-10-11T16:00:00Z"); // 00.00 WITA on 12 October

describe("computeFingerprint", () => {
  it("is a 64-character hex digest, stable within one portal-zone day", () => {
    const first = computeFingerprint(reader, morning, "Asia/Makassar", key);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(computeFingerprint(reader, evening, "Asia/Makassar", key)).toBe(first);
  });

  it("changes with the day, the address, the user agent and the key", () => {
    const base = computeFingerprint(reader, morning, "Asia/Makassar", key);
    expect(computeFingerprint(reader, nextDay, "Asia/Makassar", key)).not.toBe(base);
    expect(computeFingerprint({ ...reader, ip: "203.0.113.10" }, morning, "Asia/Makassar", key)).not.toBe(base);
    expect(
      computeFingerprint({ ...reader, userAgent: "Mozilla/5.0 Firefox/130" }, morning, "Asia/Makassar", key),
    ).not.toBe(base);
    expect(computeFingerprint(reader, morning, "Asia/Makassar", Buffer.alloc(32, 8))).not.toBe(base);
  });

  it("follows the portal's zone, not UTC", () => {
    const late = new Date("2026-10-10T16:30:00Z"); // 00.30 WITA on 11 October, 23.30 WIB on 10 October
    expect(computeFingerprint(reader, late, "Asia/Makassar", key)).toBe(
      computeFingerprint(reader, morning, "Asia/Makassar", key),
    );
    expect(computeFingerprint(reader, late, "Asia/Jakarta", key)).not.toBe(
      computeFingerprint(reader, morning, "Asia/Jakarta", key),
    );
  });

  it("never contains the address or user agent", () => {
    const fingerprint = computeFingerprint(reader, morning, "Asia/Makassar", key);
    expect(fingerprint).not.toContain("203");
  });

  it("keeps the digest readers without an address always had", () => {
    const anonymous = { ip: null, userAgent: reader.userAgent };
    const expected = createHmac("sha256", key)
      .update(JSON.stringify(["2026-10-11", "unknown", reader.userAgent]))
      .digest("hex");
    expect(computeFingerprint(anonymous, morning, "Asia/Makassar", key)).toBe(expected);
  });
});

describe("addressNetwork", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:85a3:1234:8a2e:370:7334:1", "2001:db8:85a3:1234::/64"],
    ["2001:0db8:85a3:1234::1", "2001:db8:85a3:1234::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    [null, "unknown"],
  ])("%s stands for %s", (ip, network) => {
    expect(addressNetwork(ip)).toBe(network);
  });
});

describe("computeAddressKey", () => {
  it("is shared by the addresses of one IPv6 /64 and by every browser at one address", () => {
    const phone = { ip: "2001:db8:85a3:1234::1", userAgent: "Chrome" };
    const key64 = computeAddressKey(phone, morning, "Asia/Makassar", key);
    expect(key64).toMatch(/^[0-9a-f]{64}$/);
    expect(
      computeAddressKey({ ip: "2001:db8:85a3:1234:ffff::9", userAgent: "Firefox" }, morning, "Asia/Makassar", key),
    ).toBe(key64);
    expect(
      computeAddressKey({ ip: "2001:db8:85a3:1235::1", userAgent: "Chrome" }, morning, "Asia/Makassar", key),
    ).not.toBe(key64);
    expect(computeAddressKey(reader, morning, "Asia/Makassar", key)).not.toBe(
      computeFingerprint(reader, morning, "Asia/Makassar", key),
    );
  });
});
