/**
 * Time in the portal's zone: the only module that knows Indonesia's zones, their labels and
 * their offsets. Every conversion between an instant (a `Date`, stored in UTC) and what a
 * person in the region reads or types goes through here: calendar days, the start of a day
 * or week, datetime-local input values, and the ISO 8601 and RFC 822 strings that feeds,
 * sitemaps and structured data carry.
 *
 * Indonesia has kept one fixed offset per zone since 1988 and has no daylight saving, so
 * each conversion is arithmetic on a fixed offset: the same answer on the server, in the
 * browser and in the seed, with no dependence on the time-zone data of the machine.
 * Pure module (no env, no I/O): server code passes `site.timeZone`, client code gets the
 * zone as a prop.
 */

export const INDONESIAN_TIME_ZONES = {
  "Asia/Jakarta": { label: "WIB", offsetMinutes: 7 * 60 },
  "Asia/Pontianak": { label: "WIB", offsetMinutes: 7 * 60 },
  "Asia/Makassar": { label: "WITA", offsetMinutes: 8 * 60 },
  "Asia/Jayapura": { label: "WIT", offsetMinutes: 9 * 60 },
} as const;

export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

export type ZoneLabel = (typeof INDONESIAN_TIME_ZONES)[IndonesianTimeZone]["label"];

/** The zone names SITE_TIME_ZONE accepts, in a stable order. */
export const TIME_ZONE_NAMES = Object.keys(INDONESIAN_TIME_ZONES) as [IndonesianTimeZone, ...IndonesianTimeZone[]];

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "WIB", "WITA" or "WIT". */
export function zoneLabel(timeZone: IndonesianTimeZone): ZoneLabel {
  return INDONESIAN_TIME_ZONES[timeZone].label;
}

/** Minutes the zone is ahead of UTC ("Asia/Makassar" → 480). */
export function utcOffsetMinutes(timeZone: IndonesianTimeZone): number {
  return INDONESIAN_TIME_ZONES[timeZone].offsetMinutes;
}

/** The offset as ISO 8601 writes it ("+08:00") or, with `separator: ""`, as RFC 822 does ("+0800"). */
export function formatUtcOffset(timeZone: IndonesianTimeZone, separator: ":" | "" = ":"): string {
  const minutes = utcOffsetMinutes(timeZone);
  return `+${pad(Math.floor(minutes / 60))}${separator}${pad(minutes % 60)}`;
}

/**
 * The zone's wall clock at `date`, as a Date whose UTC fields read that wall clock (its
 * getUTCHours() is the local hour). For reading fields and formatting in "UTC" only: it is
 * not the same instant as `date`.
 */
export function wallClock(date: Date, timeZone: IndonesianTimeZone): Date {
  return new Date(date.getTime() + utcOffsetMinutes(timeZone) * MINUTE_MS);
}

// ---------------------------------------------------------------------------
// Calendar days ("YYYY-MM-DD") in the portal's zone

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day in the zone at `date`, as "2022-10-11" (view counts, date filters). */
export function localDay(date: Date, timeZone: IndonesianTimeZone): string {
  return wallClock(date, timeZone).toISOString().slice(0, 10);
}

/** Whether the value is a real calendar day as "YYYY-MM-DD" ("2026-02-30" is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day as midnight UTC: how a Postgres DATE column travels through Prisma. */
export function dayAsDate(day: string): Date {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: "${day}" (expected YYYY-MM-DD)`);
  return new Date(`${day}T00:00:00Z`);
}

/** Adds whole days to a calendar day ("2026-02-28", 1 → "2026-03-01"). */
export function addDays(day: string, days: number): string {
  return new Date(dayAsDate(day).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayAsDate(to).getTime() - dayAsDate(from).getTime()) / DAY_MS);
}

/** The instant a day in the zone begins, optionally `plusDays` later ("the day after ends here"). */
export function dayStart(day: string, timeZone: IndonesianTimeZone, plusDays = 0): Date {
  return new Date(dayAsDate(addDays(day, plusDays)).getTime() - utcOffsetMinutes(timeZone) * MINUTE_MS);
}

/** The Monday of the day's week: Indonesian calendars start the week on Monday. */
export function weekStartDay(day: string): string {
  const sinceMonday = (dayAsDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

// ---------------------------------------------------------------------------
// Wall-clock times people type: <input type="datetime-local"> values

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether the value has the shape of a datetime-local value ("2026-11-28T09:30"). */
export function isLocalDateTimeValue(value: string): boolean {
  return LOCAL_DATE_TIME.test(value);
}

/**
 * "2026-11-28T09:30" read as a wall-clock time in the zone → the instant, or null for a
 * malformed or impossible value (31 February, 24:00).
 */
export function localDateTimeToUtc(value: string, timeZone: IndonesianTimeZone): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Rejects 31 February and friends, which Date.UTC would roll into the next month.
  if (asUtc.getUTCDate() !== day || asUtc.getUTCMonth() !== month - 1) return null;
  return new Date(asUtc.getTime() - utcOffsetMinutes(timeZone) * MINUTE_MS);
}

/** The instant as a datetime-local value in the zone ("2026-11-28T09:30"), seconds dropped. */
export function toLocalDateTimeValue(date: Date, timeZone: IndonesianTimeZone): string {
  return wallClock(date, timeZone).toISOString().slice(0, 16);
}

// ---------------------------------------------------------------------------
// Machine-readable timestamps in the portal's zone

/** ISO 8601 / W3C datetime with the zone's offset: "2022-10-11T17:50:00+08:00" (JSON-LD, sitemaps). */
export function isoWithOffset(date: Date, timeZone: IndonesianTimeZone): string {
  return `${wallClock(date, timeZone).toISOString().slice(0, 19)}${formatUtcOffset(timeZone)}`;
}

const RFC822_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const RFC822_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * RFC 822 date as RSS 2.0 wants it, in the zone: "Tue, 11 Oct 2022 17:50:00 +0800". Names
 * are English whatever the locale: feed readers parse them.
 */
export function rfc822Date(date: Date, timeZone: IndonesianTimeZone): string {
  const local = wallClock(date, timeZone);
  const weekday = RFC822_DAYS[local.getUTCDay()] ?? "";
  const month = RFC822_MONTHS[local.getUTCMonth()] ?? "";
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const day = `${pad(local.getUTCDate())} ${month} ${local.getUTCFullYear()}`;
  return `${weekday}, ${day} ${time} ${formatUtcOffset(timeZone, "")}`;
}
