/**
 * How many views are counted per reader and per client address (lib/views/record.ts has
 * the why; README "View counter" the trade-off). Pure module, so tests outside Next can
 * read the numbers.
 */
export const VIEW_WINDOW_MS = 10 * 60 * 1000;
/** Per reader (address + browser), across all articles, per window. */
export const READER_CAP = 30;
/** Per client address (IPv6: its /64), across all articles, per window. */
export const ADDRESS_CAP = 120;
