import { describe, expect, it } from "vitest";
import { computeFingerprint, readerFromHeaders } from "./fingerprint";

const key = Buffer.alloc(32, 7);
const reader = { address: "203.0.113.9", userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/130" };
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
    expect(computeFingerprint({ ...reader, address: "203.0.113.10" }, morning, "Asia/Makassar", key)).not.toBe(base);
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
});

describe("readerFromHeaders", () => {
  it("takes the first X-Forwarded-For entry", () => {
    const headers = new Headers({
      "x-forwarded-for": " 198.51.100.7 , 10.0.0.1",
      "x-real-ip": "10.0.0.2",
      "user-agent": "UA",
    });
    expect(readerFromHeaders(headers)).toEqual({ address: "198.51.100.7", userAgent: "UA" });
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(readerFromHeaders(new Headers({ "x-real-ip": "2001:db8::1" })).address).toBe("2001:db8::1");
    expect(readerFromHeaders(new Headers()).address).toBe("unknown");
    expect(readerFromHeaders(new Headers()).userAgent).toBe("");
  });

  it("ignores addresses that are not addresses", () => {
    const headers = new Headers({ "x-forwarded-for": "<script>, 10.0.0.1", "x-real-ip": "198.51.100.8" });
    expect(readerFromHeaders(headers).address).toBe("198.51.100.8");
    expect(readerFromHeaders(new Headers({ "x-forwarded-for": "x".repeat(5000) })).address).toBe("unknown");
  });
});
