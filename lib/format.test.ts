import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDateWithDay,
  formatTime,
  formatViews,
  isoWithOffset,
  localDay,
  zoneLabel,
} from "./format";

// 11 October 2022, 09.50 UTC = 17.50 WITA = 16.50 WIB = 18.50 WIT.
const moment = new Date("2022-10-11T09:50:00Z");

describe("dates in the portal's zone", () => {
  it("writes the date the Indonesian way", () => {
    expect(formatDate(moment, "Asia/Makassar")).toBe("11 Oktober 2022");
    expect(formatDateWithDay(moment, "Asia/Makassar")).toBe("Selasa, 11 Oktober 2022");
  });

  it("writes the time with a dot and the zone label", () => {
    expect(formatTime(moment, "Asia/Makassar")).toBe("17.50 WITA");
    expect(formatTime(moment, "Asia/Jakarta")).toBe("16.50 WIB");
    expect(formatTime(moment, "Asia/Jayapura")).toBe("18.50 WIT");
    expect(formatDateTime(moment, "Asia/Makassar")).toBe("11 Oktober 2022, 17.50 WITA");
  });

  it("uses a 24-hour clock past midnight", () => {
    expect(formatTime(new Date("2022-10-11T16:05:00Z"), "Asia/Makassar")).toBe("00.05 WITA");
  });

  it("rolls the calendar day over in the portal's zone, not UTC", () => {
    const lateUtc = new Date("2022-10-11T17:30:00Z");
    expect(localDay(lateUtc, "Asia/Makassar")).toBe("2022-10-12");
    expect(localDay(lateUtc, "Asia/Jakarta")).toBe("2022-10-12");
    expect(formatDate(lateUtc, "Asia/Makassar")).toBe("12 Oktober 2022");
    expect(localDay(moment, "Asia/Makassar")).toBe("2022-10-11");
  });

  it("labels every Indonesian zone", () => {
    expect(zoneLabel("Asia/Pontianak")).toBe("WIB");
    expect(zoneLabel("Asia/Makassar")).toBe("WITA");
  });

  it("gives ISO timestamps with the zone's offset", () => {
    expect(isoWithOffset(moment, "Asia/Makassar")).toBe("2022-10-11T17:50:00+08:00");
    expect(isoWithOffset(moment, "Asia/Jakarta")).toBe("2022-10-11T16:50:00+07:00");
    expect(new Date(isoWithOffset(moment, "Asia/Jayapura")).getTime()).toBe(Math.floor(moment.getTime() / 1000) * 1000);
  });
});

describe("counts", () => {
  it("groups thousands with dots", () => {
    expect(formatCount(1234)).toBe("1.234");
    expect(formatCount(1234567n)).toBe("1.234.567");
    expect(formatViews(644)).toBe("644 kali dilihat");
    expect(formatViews(12_345n)).toBe("12.345 kali dilihat");
  });
});
