import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { listAnnouncementsForStaff } from "@/lib/announcements/staff-queries";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Pengumuman", robots: { index: false } };

export default function AnnouncementsPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat pengumuman…</p>}>
      <AnnouncementsScreen />
    </Suspense>
  );
}

async function AnnouncementsScreen() {
  await connection();
  const actor = await requireActor();
  const rows = await listAnnouncementsForStaff(actor);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 p-4 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Pengumuman</h1>
        <Link href="/dashboard/pengumuman/baru" className={primaryButtonClass}>
          Buat pengumuman
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">Belum ada pengumuman.</p>
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
                  Berlaku sampai
                </th>
                <th scope="col" className="py-2">
                  Penulis
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line">
                  <td className="py-2 pr-3">
                    <Link href={`/dashboard/pengumuman/${row.id}`} className="font-semibold text-brand-700 underline">
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{row.status === "DRAFT" ? "Draf" : row.isExpired ? "Arsip" : "Terbit"}</td>
                  <td className="py-2 pr-3">{formatDateTime(row.validUntil, site.timeZone)}</td>
                  <td className="py-2">{row.authorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
