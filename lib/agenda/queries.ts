import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { site } from "@/lib/site";
import { dayStart, localDay } from "@/lib/time";
import { agendaTags } from "./cache-tags";
import type { IcsEvent } from "./ics";
import { addMonths, firstDayOf } from "./months";

/**
 * Public reads of the agenda: published events only, cached under agendaTags. Which events
 * count as upcoming or past is decided when an entry is filled; entries live five minutes
 * ("public"), so an event that just ended moves to "Agenda lalu" within that.
 */

export type AgendaCard = {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  organiser: string;
};

export type AgendaEventPage = AgendaCard & { description: string; updatedAt: Date; isPast: boolean };

/** Events grouped by the day they start in the portal's zone, in the order given. */
export type AgendaDay = { day: string; events: AgendaCard[] };

const cardSelect = {
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  organiser: true,
} satisfies Prisma.AgendaEventSelect;

const UPCOMING_LIMIT = 100;
const PAST_LIMIT = 60;

export function groupByDay(events: readonly AgendaCard[]): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (const event of events) {
    const day = localDay(event.startsAt, site.timeZone);
    const last = days.at(-1);
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}

/** Published events that have not ended, soonest first (an event under way included). */
export async function listUpcomingEvents(limit = UPCOMING_LIMIT): Promise<AgendaCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  return db.agendaEvent.findMany({
    where: { status: "PUBLISHED", endsAt: { gt: new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: cardSelect,
  });
}

/** "Agenda lalu": published events that have ended, latest first. */
export async function listPastEvents(limit = PAST_LIMIT): Promise<AgendaCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  return db.agendaEvent.findMany({
    where: { status: "PUBLISHED", endsAt: { lte: new Date() } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
}

/** Published events that overlap a month ("2026-12") in the portal's zone, in order. */
export async function listMonthEvents(month: string): Promise<AgendaCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  const from = dayStart(firstDayOf(month), site.timeZone);
  const to = dayStart(firstDayOf(addMonths(month, 1)), site.timeZone);
  return db.agendaEvent.findMany({
    where: { status: "PUBLISHED", startsAt: { lt: to }, endsAt: { gt: from } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: cardSelect,
  });
}

/** A published event by slug, or null. */
export async function getPublishedEvent(slug: string): Promise<AgendaEventPage | null> {
  "use cache";
  cacheTag(agendaTags.event(slug));
  const row = await db.agendaEvent.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { ...cardSelect, description: true, updatedAt: true },
  });
  if (!row) {
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  return { ...row, isPast: row.endsAt.getTime() <= Date.now() };
}

/** The .ics feed: events from 90 days back on, at most 500. */
export async function listFeedEvents(): Promise<IcsEvent[]> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  return db.agendaEvent.findMany({
    where: { status: "PUBLISHED", endsAt: { gt: new Date(Date.now() - 90 * 24 * 3600_000) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { ...cardSelect, id: true, description: true, sequence: true, updatedAt: true },
  });
}

/** Sitemap entries: every published event. */
export async function listAgendaSitemapEntries(): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  return db.agendaEvent.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { startsAt: "desc" },
    take: 5_000,
    select: { slug: true, updatedAt: true },
  });
}

/** The month ("2026-12") it is now in the portal's zone; cached like the lists that link to it. */
export async function currentAgendaMonth(): Promise<string> {
  "use cache";
  cacheLife("public");
  cacheTag(agendaTags.lists);
  return localDay(new Date(), site.timeZone).slice(0, 7);
}
