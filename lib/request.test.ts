import { describe, expect, it } from "vitest";
import { requestMetaFromHeaders } from "./request";

describe("requestMetaFromHeaders", () => {
  it("takes the first X-Forwarded-For entry and the user agent", () => {
    const headers = new Headers({
      "x-forwarded-for": " 198.51.100.7 , 10.0.0.1",
      "x-real-ip": "10.0.0.2",
      "user-agent": "UA",
    });
    expect(requestMetaFromHeaders(headers)).toEqual({ ip: "198.51.100.7", userAgent: "UA" });
  });

  it("falls back to X-Real-IP, then to no address", () => {
    expect(requestMetaFromHeaders(new Headers({ "x-real-ip": "2001:db8::1" })).ip).toBe("2001:db8::1");
    expect(requestMetaFromHeaders(new Headers())).toEqual({ ip: null, userAgent: "" });
  });

  it("ignores addresses that are not addresses", () => {
    const headers = new Headers({ "x-forwarded-for": "<script>, 10.0.0.1", "x-real-ip": "198.51.100.8" });
    expect(requestMetaFromHeaders(headers).ip).toBe("198.51.100.8");
    expect(requestMetaFromHeaders(new Headers({ "x-forwarded-for": "x".repeat(5000) })).ip).toBeNull();
  });

  it("drops an oversized user agent instead of storing it", () => {
    expect(requestMetaFromHeaders(new Headers({ "user-agent": "u".repeat(5000) })).userAgent).toBe("");
  });
});
