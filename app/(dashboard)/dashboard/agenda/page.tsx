import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { listAgendaForStaff } from "@/lib/agenda/staff-queries";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Agenda", robots: { index: false } };

export default function AgendaListPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat agenda…</p>}>
      <AgendaListScreen />
    </Suspense>
  );
}

async function AgendaListScreen() {
  await connection();
  const actor = await requireActor();
  const rows = await listAgendaForStaff(actor);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Agenda</h1>
        <Link href="/dashboard/agenda/baru" className={primaryButtonClass}>
          Buat agenda
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">Belum ada agenda.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  Judul
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  Mulai
                </th>
                <th scope="col" className="py-2">
                  Tempat
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line">
                  <td className="py-2 pr-3">
                    <Link href={`/dashboard/agenda/${row.id}`} className="font-semibold text-brand-700 underline">
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{row.status === "DRAFT" ? "Draf" : "Terbit"}</td>
                  <td className="py-2 pr-3">{formatDateTime(row.startsAt, site.timeZone)}</td>
                  <td className="py-2">{row.place}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
