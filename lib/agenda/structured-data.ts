import { isoWithOffset, type IndonesianTimeZone } from "@/lib/time";

/** schema.org/Event for an agenda page (Google's event rich results). Pure module. */
export function eventJsonLd(
  event: { title: string; startsAt: Date; endsAt: Date; place: string; organiser: string; description: string },
  options: { url: string; timeZone: IndonesianTimeZone; publisher: string },
) {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    startDate: isoWithOffset(event.startsAt, options.timeZone),
    endDate: isoWithOffset(event.endsAt, options.timeZone),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: event.place, address: event.place },
    organizer: { "@type": "Organization", name: event.organiser || options.publisher },
    ...(event.description ? { description: event.description } : {}),
    url: options.url,
  };
}
