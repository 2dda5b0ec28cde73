/**
 * The agenda as an iCalendar feed (RFC 5545) that Google Calendar and phones subscribe to.
 * Pure module. Times are written in UTC ("…Z"), which every client reads the same way and
 * which needs no VTIMEZONE block; the client shows them in its own zone.
 */

export type IcsEvent = {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  organiser: string;
  description: string;
  sequence: number;
  updatedAt: Date;
};

export type IcsCalendar = {
  /** Calendar name shown by the subscribing client. */
  name: string;
  /** Host part of every UID, so UIDs stay unique beyond this portal: "humas.example.go.id". */
  host: string;
  /** Absolute URL of an event's page. */
  urlOf: (slug: string) => string;
};

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one
 * space, which counts toward their 75. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).byteLength;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "20261201T013000Z". */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function eventLines(event: IcsEvent, calendar: IcsCalendar): string[] {
  const description = [event.description.trim(), event.organiser ? `Penyelenggara: ${event.organiser}` : ""]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:${event.id}@${calendar.host}`,
    `DTSTAMP:${icsUtc(event.updatedAt)}`,
    `LAST-MODIFIED:${icsUtc(event.updatedAt)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.place ? [`LOCATION:${escapeText(event.place)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `URL:${calendar.urlOf(event.slug)}`,
    "END:VEVENT",
  ];
}

/** The whole feed, CRLF line endings, every line folded. */
export function buildCalendar(events: readonly IcsEvent[], calendar: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Warta//Agenda ${escapeText(calendar.host)}//ID`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...events.flatMap((event) => eventLines(event, calendar)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
