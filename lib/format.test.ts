import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatCount,
  formatDate,
  formatDateTime,
  formatDateWithDay,
  formatShortDate,
  formatTime,
  formatViews,
} from "./format";

// 11 October 2022, 09.50 UTC = 17.50 WITA = 16.50 WIB = 18.50 WIT.
const moment = new Date("2022-10-11T09:50:00Z");

describe("dates in the portal's zone", () => {
  it("writes the date the Indonesian way", () => {
    expect(formatDate(moment, "Asia/Makassar")).toBe("11 Oktober 2022");
    expect(formatDateWithDay(moment, "Asia/Makassar")).toBe("Selasa, 11 Oktober 2022");
    expect(formatShortDate(moment, "Asia/Makassar")).toBe("11 Okt 2022");
  });

  it("writes the time with a dot and the zone label", () => {
    expect(formatTime(moment, "Asia/Makassar")).toBe("17.50 WITA");
    expect(formatTime(moment, "Asia/Jakarta")).toBe("16.50 WIB");
    expect(formatTime(moment, "Asia/Jayapura")).toBe("18.50 WIT");
    expect(formatDateTime(moment, "Asia/Makassar")).toBe("11 Oktober 2022, 17.50 WITA");
    expect(formatClock(moment, "Asia/Jakarta")).toBe("16.50");
  });

  it("uses a 24-hour clock past midnight", () => {
    expect(formatTime(new Date("2022-10-11T16:05:00Z"), "Asia/Makassar")).toBe("00.05 WITA");
  });

  it("rolls the calendar day over in the portal's zone, not UTC or the machine's zone", () => {
    // 16.30 UTC is 23.30 WIB on 11 October, but already 12 October in WITA and WIT.
    const lateUtc = new Date("2022-10-11T16:30:00Z");
    expect(formatDate(lateUtc, "Asia/Jakarta")).toBe("11 Oktober 2022");
    expect(formatDateWithDay(lateUtc, "Asia/Makassar")).toBe("Rabu, 12 Oktober 2022");
    expect(formatDateTime(lateUtc, "Asia/Jayapura")).toBe("12 Oktober 2022, 01.30 WIT");
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
