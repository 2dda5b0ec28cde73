/**
 * Indonesian conventions for what readers see: "Sabtu, 11 Oktober 2022",
 * "17.50 WITA", "1.234 kali dilihat". Every date is shown in the portal's zone,
 * whatever zone the server or the browser runs in. Pure module (used by server and
 * client code).
 */

import { wallClock, zoneLabel, type IndonesianTimeZone } from "@/lib/time";

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats the zone's wall clock (from lib/time) as if it were UTC, so lib/time stays the
 * only place that knows the offsets.
 */
function format(date: Date, timeZone: IndonesianTimeZone, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("id-ID", { ...options, timeZone: "UTC" });
    formatters.set(key, cached);
  }
  return cached.format(wallClock(date, timeZone));
}

/** "11 Oktober 2022". */
export function formatDate(date: Date, timeZone: IndonesianTimeZone): string {
  return format(date, timeZone, { day: "numeric", month: "long", year: "numeric" });
}

/** "Selasa, 11 Oktober 2022". */
export function formatDateWithDay(date: Date, timeZone: IndonesianTimeZone): string {
  return format(date, timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "11 Okt 2022", for dense lists. */
export function formatShortDate(date: Date, timeZone: IndonesianTimeZone): string {
  return format(date, timeZone, { day: "numeric", month: "short", year: "numeric" });
}

/** "17.50": 24-hour clock with a dot, as Indonesian newsrooms write it. */
export function formatClock(date: Date, timeZone: IndonesianTimeZone): string {
  return format(date, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

/** "17.50 WITA". */
export function formatTime(date: Date, timeZone: IndonesianTimeZone): string {
  return `${formatClock(date, timeZone)} ${zoneLabel(timeZone)}`;
}

/** "11 Oktober 2022, 17.50 WITA". */
export function formatDateTime(date: Date, timeZone: IndonesianTimeZone): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

const numberFormat = new Intl.NumberFormat("id-ID");

/** "1.234". */
export function formatCount(value: number | bigint): string {
  return numberFormat.format(value);
}

/** "1.234 kali dilihat". */
export function formatViews(value: number | bigint): string {
  return `${formatCount(value)} kali dilihat`;
}
