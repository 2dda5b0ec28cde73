import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaDays } from "@/components/site/agenda-days";
import { addMonths, monthLabel } from "@/lib/agenda/months";
import { groupByDay, listMonthEvents } from "@/lib/agenda/queries";
import { monthSchema } from "@/lib/agenda/schema";

// One static page per month, rendered on its first request (no query string: the month
// is a path segment, as every public page is cached by path).
export const ensureStatic = "navigation";

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ bulan: "2026-12" }];
}

type RouteProps = { params: Promise<{ bulan: string }> };

export async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
  const month = monthSchema.safeParse((await params).bulan);
  if (!month.success) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  return { title: `Agenda ${monthLabel(month.data)}`, alternates: { canonical: `/agenda/bulan/${month.data}` } };
}

export default async function MonthPage({ params }: RouteProps) {
  const month = monthSchema.safeParse((await params).bulan);
  if (!month.success) notFound();
  const events = await listMonthEvents(month.data);
  const previous = addMonths(month.data, -1);
  const next = addMonths(month.data, 1);
  return (
    <>
      <header className="mb-6 border-b-2 border-brand-700 pb-4">
        <p className="text-sm font-bold tracking-wide text-accent-600 uppercase">Agenda</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">{monthLabel(month.data)}</h1>
        <nav aria-label="Bulan lain" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
          <Link href={`/agenda/bulan/${previous}`} className="text-brand-700 underline">
            <span aria-hidden="true">← </span>
            {monthLabel(previous)}
          </Link>
          <Link href={`/agenda/bulan/${next}`} className="text-brand-700 underline">
            {monthLabel(next)}
            <span aria-hidden="true"> →</span>
          </Link>
          <Link href="/agenda" className="text-brand-700 underline">
            Agenda mendatang
          </Link>
        </nav>
      </header>
      <AgendaDays days={groupByDay(events)} emptyMessage={`Tidak ada agenda pada ${monthLabel(month.data)}.`} />
    </>
  );
}
