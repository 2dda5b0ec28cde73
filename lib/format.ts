/**
 * Indonesian conventions for what readers see: "Sabtu, 11 Oktober 2022",
 * "17.50 WITA", "1.234 kali dilihat". Every date is shown in the portal's zone,
 * whatever zone the server runs in. Pure module (used by server and client code).
 */

import type { INDONESIAN_TIME_ZONES } from "@/lib/env";

export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

const ZONE_LABELS: Record<IndonesianTimeZone, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("id-ID", { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** "WIB", "WITA" or "WIT". */
export function zoneLabel(timeZone: IndonesianTimeZone): string {
  return ZONE_LABELS[timeZone];
}

/** "11 Oktober 2022". */
export function formatDate(date: Date, timeZone: IndonesianTimeZone): string {
  return formatter(timeZone, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "Selasa, 11 Oktober 2022". */
export function formatDateWithDay(date: Date, timeZone: IndonesianTimeZone): string {
  return formatter(timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "11 Okt 2022", for dense lists. */
export function formatShortDate(date: Date, timeZone: IndonesianTimeZone): string {
  return formatter(timeZone, { day: "numeric", month: "short", year: "numeric" }).format(date);
}

/** "17.50 WITA": 24-hour clock with a dot, as Indonesian newsrooms write it. */
export function formatTime(date: Date, timeZone: IndonesianTimeZone): string {
  const time = formatter(timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${time} ${zoneLabel(timeZone)}`;
}

/** "11 Oktober 2022, 17.50 WITA". */
export function formatDateTime(date: Date, timeZone: IndonesianTimeZone): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/** The calendar day in the portal's zone as "2022-10-11" (for per-day view counts). */
export function localDay(date: Date, timeZone: IndonesianTimeZone): string {
  const parts = formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** ISO 8601 with the zone's offset, e.g. "2022-10-11T17:50:00+08:00" (JSON-LD, feeds). */
export function isoWithOffset(date: Date, timeZone: IndonesianTimeZone): string {
  const offsetHours = { "Asia/Jakarta": 7, "Asia/Pontianak": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 }[timeZone];
  const shifted = new Date(date.getTime() + offsetHours * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+0${offsetHours}:00`;
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
