import type { Metadata } from "next";
import Link from "next/link";
import { AgendaDays } from "@/components/site/agenda-days";
import { currentAgendaMonth, groupByDay, listUpcomingEvents } from "@/lib/agenda/queries";

export const metadata: Metadata = {
  title: "Agenda",
  description: "Agenda pimpinan daerah dan kegiatan kota yang akan datang.",
  alternates: { canonical: "/agenda" },
};

/** Upcoming events by day, soonest first; static like every public list. */
export default async function AgendaPage() {
  const [events, month] = await Promise.all([listUpcomingEvents(), currentAgendaMonth()]);
  return (
    <>
      <header className="mb-6 border-b-2 border-brand-700 pb-4">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">Agenda</h1>
        <p className="mt-2 text-muted">Agenda pimpinan daerah dan kegiatan kota yang akan datang.</p>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
          <li>
            <Link href={`/agenda/bulan/${month}`} className="text-brand-700 underline">
              Tampilan bulan
            </Link>
          </li>
          <li>
            <Link href="/agenda/lalu" className="text-brand-700 underline">
              Agenda lalu
            </Link>
          </li>
          <li>
            <a href="/agenda.ics" className="text-brand-700 underline">
              Langganan kalender (.ics)
            </a>
          </li>
        </ul>
      </header>
      <AgendaDays days={groupByDay(events)} emptyMessage="Belum ada agenda yang akan datang." />
    </>
  );
}
