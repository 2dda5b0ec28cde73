import type { Metadata } from "next";
import Link from "next/link";
import { AgendaDays } from "@/components/site/agenda-days";
import { groupByDay, listPastEvents } from "@/lib/agenda/queries";

export const metadata: Metadata = {
  title: "Agenda lalu",
  description: "Agenda yang sudah berlangsung.",
  alternates: { canonical: "/agenda/lalu" },
};

/** Events that have ended, latest first (the newest 60; older ones stay reachable by month). */
export default async function PastAgendaPage() {
  const events = await listPastEvents();
  return (
    <>
      <header className="mb-6 border-b-2 border-brand-700 pb-4">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">Agenda lalu</h1>
        <p className="mt-2 text-sm">
          <Link href="/agenda" className="font-semibold text-brand-700 underline">
            Lihat agenda yang akan datang
          </Link>
        </p>
      </header>
      <AgendaDays days={groupByDay(events)} emptyMessage="Belum ada agenda yang sudah berlangsung." />
    </>
  );
}
