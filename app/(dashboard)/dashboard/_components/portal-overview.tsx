import Link from "next/link";
import { listUpcomingAgendaForStaff } from "@/lib/agenda/staff-queries";
import { listExpiringAnnouncements } from "@/lib/announcements/staff-queries";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { getStaffBanner } from "@/lib/banner/queries";
import { EMERGENCY_LEVEL_LABELS } from "@/lib/banner/schema";
import { formatDateTime, formatShortDate, formatTime } from "@/lib/format";
import { site } from "@/lib/site";

/**
 * The dashboard home's view of portal content beyond news: the emergency banner in force,
 * the next agenda items and announcements whose `berlaku sampai` is within a week.
 */
export async function PortalOverview({ actor, now }: { actor: Actor; now: Date }) {
  const [banner, agenda, expiring] = await Promise.all([
    getStaffBanner(now),
    listUpcomingAgendaForStaff(actor, now, 5),
    listExpiringAnnouncements(actor, now, 7),
  ]);
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <section aria-labelledby="ringkasan-peringatan" className="flex flex-col gap-2 rounded border border-line p-4">
        <h2 id="ringkasan-peringatan" className="text-lg font-bold">
          Peringatan darurat
        </h2>
        {banner ? (
          <p className="text-sm">
            <span className="font-semibold">{EMERGENCY_LEVEL_LABELS[banner.level]}:</span> {banner.message}
            <span className="block text-muted">sampai {formatDateTime(banner.expiresAt, site.timeZone)}</span>
          </p>
        ) : (
          <p className="text-sm text-muted">Tidak ada peringatan yang sedang tampil.</p>
        )}
        {can(actor, "banner.manage") ? (
          <Link href="/dashboard/peringatan" className="text-sm font-semibold text-brand-700 underline">
            Kelola peringatan
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="ringkasan-agenda" className="flex flex-col gap-2 rounded border border-line p-4">
        <h2 id="ringkasan-agenda" className="text-lg font-bold">
          Agenda mendatang
        </h2>
        {agenda.length > 0 ? (
          <ul className="flex flex-col gap-1 text-sm">
            {agenda.map((event) => (
              <li key={event.id}>
                <time dateTime={event.startsAt.toISOString()} className="font-semibold">
                  {formatShortDate(event.startsAt, site.timeZone)}, {formatTime(event.startsAt, site.timeZone)}
                </time>
                <Link href={`/dashboard/agenda/${event.id}`} className="block truncate text-brand-700 underline">
                  {event.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">Belum ada agenda terbit yang akan datang.</p>
        )}
      </section>
      <section aria-labelledby="ringkasan-pengumuman" className="flex flex-col gap-2 rounded border border-line p-4">
        <h2 id="ringkasan-pengumuman" className="text-lg font-bold">
          Pengumuman segera berakhir
        </h2>
        {expiring.length > 0 ? (
          <ul className="flex flex-col gap-1 text-sm">
            {expiring.map((announcement) => (
              <li key={announcement.id}>
                <span className="font-semibold">
                  sampai {formatShortDate(announcement.validUntil, site.timeZone)},{" "}
                  {formatTime(announcement.validUntil, site.timeZone)}
                </span>
                <Link
                  href={`/dashboard/pengumuman/${announcement.id}`}
                  className="block truncate text-brand-700 underline"
                >
                  {announcement.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">Tidak ada pengumuman yang berakhir dalam 7 hari.</p>
        )}
      </section>
    </div>
  );
}
