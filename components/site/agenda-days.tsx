import Link from "next/link";
import type { AgendaDay } from "@/lib/agenda/queries";
import { dayStart } from "@/lib/time";
import { formatClock, formatDateWithDay } from "@/lib/format";
import { site } from "@/lib/site";

/** "Selasa, 1 Desember 2026" for a calendar day ("2026-12-01") in the portal's zone. */
function dayHeading(day: string): string {
  return formatDateWithDay(dayStart(day, site.timeZone), site.timeZone);
}

/** Events grouped by day: a heading per day, then each event's time, title, place and organiser. */
export function AgendaDays({ days, emptyMessage }: { days: AgendaDay[]; emptyMessage: string }) {
  if (days.length === 0) {
    return <p className="rounded border border-line bg-wash px-6 py-12 text-center text-muted">{emptyMessage}</p>;
  }
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      {days.map(({ day, events }) => (
        <section key={day} aria-labelledby={`hari-${day}`}>
          <h2 id={`hari-${day}`} className="mb-3 border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold">
            <time dateTime={day}>{dayHeading(day)}</time>
          </h2>
          <ul className="flex flex-col gap-4">
            {events.map((event) => (
              <li key={event.slug} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
                <p className="font-semibold text-brand-700">
                  {formatClock(event.startsAt, site.timeZone)}–{formatClock(event.endsAt, site.timeZone)}{" "}
                  {site.zoneLabel}
                </p>
                <div>
                  <h3 className="font-serif text-lg leading-snug font-bold">
                    <Link href={`/agenda/${event.slug}`} className="hover:text-brand-700 hover:underline">
                      {event.title}
                    </Link>
                  </h3>
                  <p className="text-sm text-muted">
                    {event.place}
                    {event.organiser ? ` · ${event.organiser}` : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
