import { describe, expect, it } from "vitest";
import {
  addDays,
  dayAsDate,
  daysBetween,
  dayStart,
  formatUtcOffset,
  INDONESIAN_TIME_ZONES,
  isCalendarDay,
  isLocalDateTimeValue,
  isoWithOffset,
  localDateTimeToUtc,
  localDay,
  rfc822Date,
  TIME_ZONE_NAMES,
  toLocalDateTimeValue,
  utcOffsetMinutes,
  wallClock,
  weekStartDay,
  zoneLabel,
  type IndonesianTimeZone,
} from "./time";

// 11 October 2022, 09.50 UTC = 16.50 WIB = 17.50 WITA = 18.50 WIT.
const moment = new Date("2022-10-11T09:50:00Z");

/** The three zones Indonesia uses, with what readers there see at `moment`. */
const ZONES = [
  { zone: "Asia/Jakarta", label: "WIB", hours: 7, local: "2022-10-11T16:50" },
  { zone: "Asia/Makassar", label: "WITA", hours: 8, local: "2022-10-11T17:50" },
  { zone: "Asia/Jayapura", label: "WIT", hours: 9, local: "2022-10-11T18:50" },
] as const satisfies readonly { zone: IndonesianTimeZone; label: string; hours: number; local: string }[];

describe("zones", () => {
  it.each(ZONES)("$zone is $label, UTC+$hours", ({ zone, label, hours }) => {
    expect(zoneLabel(zone)).toBe(label);
    expect(utcOffsetMinutes(zone)).toBe(hours * 60);
    expect(formatUtcOffset(zone)).toBe(`+0${hours}:00`);
    expect(formatUtcOffset(zone, "")).toBe(`+0${hours}00`);
  });

  it("knows Pontianak as WIB too, and nothing else", () => {
    expect(zoneLabel("Asia/Pontianak")).toBe("WIB");
    expect(utcOffsetMinutes("Asia/Pontianak")).toBe(420);
    expect(TIME_ZONE_NAMES).toEqual(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]);
  });

  // The fixed offsets must agree with the IANA database the runtime ships, in the dry and the
  // rainy season alike (Indonesia has no daylight saving).
  it.each(TIME_ZONE_NAMES)("agrees with Intl for %s all year", (zone) => {
    const intl = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    for (let month = 0; month < 12; month += 1) {
      const instant = new Date(Date.UTC(2026, month, 15, 20, 45));
      expect(toLocalDateTimeValue(instant, zone)).toBe(intl.format(instant).replace(", ", "T"));
    }
    expect(INDONESIAN_TIME_ZONES[zone].label).toBe(zoneLabel(zone));
  });
});

describe("wall clock and calendar days", () => {
  it.each(ZONES)("reads the $label wall clock", ({ zone, local }) => {
    expect(wallClock(moment, zone).toISOString().slice(0, 16)).toBe(local);
    expect(toLocalDateTimeValue(moment, zone)).toBe(local);
    expect(localDay(moment, zone)).toBe("2022-10-11");
  });

  it("rolls the day over at local midnight, not at UTC midnight", () => {
    // 16.59 UTC is 23.59 WIB, 00.59 WITA and 01.59 WIT the next day.
    const evening = new Date("2022-10-11T16:59:00Z");
    expect(localDay(evening, "Asia/Jakarta")).toBe("2022-10-11");
    expect(localDay(evening, "Asia/Makassar")).toBe("2022-10-12");
    expect(localDay(evening, "Asia/Jayapura")).toBe("2022-10-12");
    // 15.00 UTC is exactly midnight WIT; one millisecond earlier is still the day before.
    expect(localDay(new Date("2022-10-11T15:00:00Z"), "Asia/Jayapura")).toBe("2022-10-12");
    expect(localDay(new Date("2022-10-11T14:59:59.999Z"), "Asia/Jayapura")).toBe("2022-10-11");
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-11", -29)).toBe("2026-02-10");
    expect(daysBetween("2026-02-10", "2026-03-11")).toBe(29);
    expect(daysBetween("2026-03-11", "2026-02-10")).toBe(-29);
  });

  it("tells real calendar days from look-alikes", () => {
    expect(isCalendarDay("2026-03-11")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    for (const value of ["2026-02-29", "2026-02-31", "2026-13-01", "2026-00-10", "2026-3-11", "11-03-2026", ""]) {
      expect(isCalendarDay(value), value).toBe(false);
    }
  });

  it("passes a day to a DATE column as midnight UTC and refuses anything else", () => {
    expect(dayAsDate("2026-03-11").toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(() => dayAsDate("11-03-2026")).toThrow(RangeError);
    expect(() => dayAsDate("2026-02-31")).toThrow(RangeError);
  });

  it("starts weeks on Monday", () => {
    expect(weekStartDay("2026-03-11")).toBe("2026-03-09"); // Wednesday
    expect(weekStartDay("2026-03-09")).toBe("2026-03-09"); // Monday itself
    expect(weekStartDay("2026-03-15")).toBe("2026-03-09"); // Sunday ends the week
    expect(weekStartDay("2027-01-01")).toBe("2026-12-28"); // across a year
  });
});

describe("day boundaries", () => {
  it.each(ZONES)("a $label day begins at local midnight, $hours hours before UTC midnight", ({ zone, hours }) => {
    const start = dayStart("2026-03-11", zone);
    expect(start.toISOString()).toBe(`2026-03-10T${String(24 - hours).padStart(2, "0")}:00:00.000Z`);
    expect(toLocalDateTimeValue(start, zone)).toBe("2026-03-11T00:00");
    expect(localDay(start, zone)).toBe("2026-03-11");
    expect(localDay(new Date(start.getTime() - 1), zone)).toBe("2026-03-10");
  });

  it.each(ZONES)("the day after a $label day begins exactly 24 hours later", ({ zone }) => {
    const end = dayStart("2026-03-11", zone, 1);
    expect(end.getTime() - dayStart("2026-03-11", zone).getTime()).toBe(24 * 3_600_000);
    expect(end.getTime()).toBe(dayStart("2026-03-12", zone).getTime());
    expect(localDay(new Date(end.getTime() - 1), zone)).toBe("2026-03-11");
    expect(dayStart("2026-03-11", zone, -7).getTime()).toBe(dayStart("2026-03-04", zone).getTime());
  });

  it("puts the same instant in different days in different zones", () => {
    // 23.30 WIB on 10 March is 00.30 WITA on 11 March.
    const instant = new Date("2026-03-10T16:30:00Z");
    expect(instant >= dayStart("2026-03-11", "Asia/Jakarta")).toBe(false);
    expect(instant >= dayStart("2026-03-11", "Asia/Makassar")).toBe(true);
    expect(instant >= dayStart("2026-03-11", "Asia/Jayapura")).toBe(true);
  });
});

describe("datetime-local values", () => {
  it.each(ZONES)("reads 09.30 $label as the right instant and writes it back", ({ zone, hours }) => {
    const instant = localDateTimeToUtc("2026-11-28T09:30", zone);
    expect(instant?.toISOString()).toBe(`2026-11-28T0${9 - hours}:30:00.000Z`);
    expect(instant && toLocalDateTimeValue(instant, zone)).toBe("2026-11-28T09:30");
  });

  it("crosses back into the previous UTC day and year", () => {
    expect(localDateTimeToUtc("2027-01-01T07:00", "Asia/Makassar")?.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(localDateTimeToUtc("2027-01-01T06:59", "Asia/Jakarta")?.toISOString()).toBe("2026-12-31T23:59:00.000Z");
    expect(localDateTimeToUtc("2027-01-01T00:00", "Asia/Jayapura")?.toISOString()).toBe("2026-12-31T15:00:00.000Z");
  });

  it("drops seconds when writing a value", () => {
    expect(toLocalDateTimeValue(new Date("2026-11-28T01:30:59.999Z"), "Asia/Makassar")).toBe("2026-11-28T09:30");
  });

  it("refuses malformed and impossible values", () => {
    for (const value of ["2026-02-31T10:00", "2026-11-28 10:00", "2026-11-28T24:00", "2026-13-01T10:00", "besok"]) {
      expect(localDateTimeToUtc(value, "Asia/Makassar"), value).toBeNull();
    }
    expect(localDateTimeToUtc("2028-02-29T10:00", "Asia/Makassar")?.toISOString()).toBe("2028-02-29T02:00:00.000Z");
    expect(isLocalDateTimeValue("2026-11-28T10:00")).toBe(true);
    expect(isLocalDateTimeValue("2026-11-28T10:00:00")).toBe(false);
  });
});

describe("machine-readable timestamps", () => {
  it.each(ZONES)("ISO 8601 in $label", ({ zone, hours, local }) => {
    expect(isoWithOffset(moment, zone)).toBe(`${local}:00+0${hours}:00`);
    expect(Date.parse(isoWithOffset(moment, zone))).toBe(moment.getTime());
  });

  it("ISO 8601 drops milliseconds", () => {
    const withMs = new Date("2022-10-11T09:50:07.654Z");
    expect(isoWithOffset(withMs, "Asia/Jayapura")).toBe("2022-10-11T18:50:07+09:00");
  });

  it("RFC 822 writes the local time and offset in every zone", () => {
    expect(rfc822Date(moment, "Asia/Jakarta")).toBe("Tue, 11 Oct 2022 16:50:00 +0700");
    expect(rfc822Date(moment, "Asia/Pontianak")).toBe("Tue, 11 Oct 2022 16:50:00 +0700");
    expect(rfc822Date(moment, "Asia/Makassar")).toBe("Tue, 11 Oct 2022 17:50:00 +0800");
    expect(rfc822Date(moment, "Asia/Jayapura")).toBe("Tue, 11 Oct 2022 18:50:00 +0900");
  });

  it("RFC 822 rolls the day, month and year over at local midnight", () => {
    // 31 December 2022, 16.30 UTC is already New Year's Day in WITA and WIT.
    const instant = new Date("2022-12-31T16:30:05Z");
    expect(rfc822Date(instant, "Asia/Jakarta")).toBe("Sat, 31 Dec 2022 23:30:05 +0700");
    expect(rfc822Date(instant, "Asia/Makassar")).toBe("Sun, 01 Jan 2023 00:30:05 +0800");
    expect(rfc822Date(instant, "Asia/Jayapura")).toBe("Sun, 01 Jan 2023 01:30:05 +0900");
  });

  it.each(ZONES)("RFC 822 in $label round-trips through Date.parse", ({ zone }) => {
    expect(Date.parse(rfc822Date(moment, zone))).toBe(moment.getTime());
  });
});
