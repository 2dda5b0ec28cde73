import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPublishedEvent } from "@/lib/agenda/queries";
import { eventJsonLd } from "@/lib/agenda/structured-data";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { serializeJsonLd } from "@/lib/articles/structured-data";
import { formatDateTime, formatDateWithDay, formatTime } from "@/lib/format";
import { absoluteUrl, site } from "@/lib/site";
import { localDay } from "@/lib/time";

// A static page per event, like an article's: rendered on first request, then served from
// the page cache until its tag expires (lib/agenda/cache.ts).
export const ensureStatic = "navigation";

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type RouteProps = { params: Promise<{ slug: string }> };

const loadEvent = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedEvent(slug.data) : null;
});

export async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const description = `${formatDateTime(event.startsAt, site.timeZone)} · ${event.place}`;
  return {
    title: event.title,
    description,
    alternates: { canonical: `/agenda/${event.slug}` },
    openGraph: { title: event.title, description, url: `/agenda/${event.slug}`, locale: "id_ID" },
  };
}

/** "Selasa, 1 Desember 2026, 09.00–11.30 WITA", or both ends in full when it spans days. */
function whenLabel(startsAt: Date, endsAt: Date): string {
  const zone = site.timeZone;
  if (localDay(startsAt, zone) === localDay(endsAt, zone)) {
    return `${formatDateWithDay(startsAt, zone)}, ${formatTime(startsAt, zone).replace(` ${site.zoneLabel}`, "")}–${formatTime(endsAt, zone)}`;
  }
  return `${formatDateWithDay(startsAt, zone)}, ${formatTime(startsAt, zone)} – ${formatDateWithDay(endsAt, zone)}, ${formatTime(endsAt, zone)}`;
}

export default async function AgendaEventRoute({ params }: RouteProps) {
  const event = await loadEvent((await params).slug);
  if (!event) notFound();
  const structuredData = eventJsonLd(event, {
    url: absoluteUrl(`/agenda/${event.slug}`),
    timeZone: site.timeZone,
    publisher: site.publisher,
  });
  return (
    <article className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(structuredData) }} />
      <nav aria-label="Remah roti" className="mb-4 text-sm">
        <Link href={event.isPast ? "/agenda/lalu" : "/agenda"} className="text-brand-700 underline">
          {event.isPast ? "Agenda lalu" : "Agenda"}
        </Link>
      </nav>
      <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{event.title}</h1>
      {event.isPast ? (
        <p className="mt-3 rounded border border-line bg-wash px-4 py-2 text-sm font-semibold">
          Acara ini sudah berlangsung.
        </p>
      ) : null}
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Waktu</dt>
        <dd>{whenLabel(event.startsAt, event.endsAt)}</dd>
        <dt className="font-semibold">Tempat</dt>
        <dd>{event.place}</dd>
        {event.organiser ? (
          <>
            <dt className="font-semibold">Penyelenggara</dt>
            <dd>{event.organiser}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? (
        <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
          {event.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
      ) : null}
      <p className="mt-8 text-sm">
        <a href="/agenda.ics" className="font-semibold text-brand-700 underline">
          Langganan agenda di aplikasi kalender (.ics)
        </a>
      </p>
    </article>
  );
}
