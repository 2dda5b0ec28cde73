import { localDay, type IndonesianTimeZone } from "@/lib/format";

const OFFSET_HOURS: Record<IndonesianTimeZone, number> = {
  "Asia/Jakarta": 7,
  "Asia/Pontianak": 7,
  "Asia/Makassar": 8,
  "Asia/Jayapura": 9,
};

/** Adds whole days to a "YYYY-MM-DD" calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The instant a portal-zone day ("2026-11-28") begins, optionally `plusDays` later. Indonesia has no DST. */
export function dayStart(day: string, timeZone: IndonesianTimeZone, plusDays = 0): Date {
  const start = new Date(`${addDays(day, plusDays)}T00:00:00Z`);
  return new Date(start.getTime() - OFFSET_HOURS[timeZone] * 3_600_000);
}

/** Start of today and of this week (weeks start on Monday, as Indonesian calendars do), in the portal's zone. */
export function todayAndWeekStart(
  now: Date,
  timeZone: IndonesianTimeZone,
): { today: Date; week: Date; todayDay: string } {
  const todayDay = localDay(now, timeZone);
  const weekday = new Date(`${todayDay}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const sinceMonday = (weekday + 6) % 7;
  return { todayDay, today: dayStart(todayDay, timeZone), week: dayStart(todayDay, timeZone, -sinceMonday) };
}
