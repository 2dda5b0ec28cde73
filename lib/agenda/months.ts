/** Months of the agenda's month view ("2026-12"). Pure module. */

/** The month `offset` months from `month`: ("2026-12", 1) → "2027-01". */
export function addMonths(month: string, offset: number): string {
  const [year = 0, index = 1] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, index - 1 + offset, 1));
  return date.toISOString().slice(0, 7);
}

/** The first day of the month, "2026-12-01". */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

const MONTH_NAMES = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** "Desember 2026". */
export function monthLabel(month: string): string {
  const [year, index = 1] = month.split("-").map(Number);
  return `${MONTH_NAMES[index - 1] ?? ""} ${year}`;
}
