import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { StatCard } from "@/components/dashboard/stat-card";
import { ViewsChart } from "@/components/dashboard/views-chart";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDashboardSummary } from "@/lib/articles/overview-queries";
import { formatCount, formatShortDate, formatTime } from "@/lib/format";
import { site } from "@/lib/site";
import { dayStart } from "@/lib/time";
import { listDailyViews, rankPopularArticles, type PopularArticle } from "@/lib/views/queries";
import { PortalOverview } from "./_components/portal-overview";
import { SiteRefreshForm } from "./_components/site-refresh-form";
import { ReturnedFlag } from "@/components/dashboard/returned-flag";

export const metadata: Metadata = { title: "Dasbor", robots: { index: false } };

export default function DashboardHomePage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat dasbor…</p>}>
      <DashboardHome />
    </Suspense>
  );
}

function lateness(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} menit`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} jam ${rest} menit` : `${hours} jam`;
}

function TopList({ title, articles }: { title: string; articles: PopularArticle[] }) {
  const headingId = `top-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2 rounded border border-line p-4">
      <h2 id={headingId} className="text-lg font-bold">
        {title}
      </h2>
      {articles.length === 0 ? (
        <p className="text-sm text-muted">Belum ada kunjungan pada periode ini.</p>
      ) : (
        <ol className="flex list-decimal flex-col gap-2 pl-5">
          {articles.map((article) => (
            <li key={article.slug}>
              <Link href={`/berita/${article.slug}`} className="font-semibold text-brand-700 underline">
                {article.title}
              </Link>
              <span className="block text-sm text-muted">{formatCount(article.views)} kali dilihat</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

async function DashboardHome() {
  // Request-time from the first line: the session read below (Auth.js re-signs its cookie
  // with random IVs) must never run during a prerender.
  await connection();
  const actor = await requireActor();
  const now = new Date();
  const [summary, daily, top7, top30] = await Promise.all([
    getDashboardSummary(actor, now),
    listDailyViews(actor, 30, now),
    rankPopularArticles("7", 5),
    rankPopularArticles("30", 5),
  ]);
  const total = daily.reduce((sum, point) => sum + point.views, 0);
  const busiest = daily.reduce(
    (best, point) => (point.views > best.views ? point : best),
    daily[0] ?? { day: "", views: 0 },
  );
  const label = (day: string) => formatShortDate(dayStart(day, site.timeZone), site.timeZone).replace(/ \d{4}$/, "");
  const points = daily.map((point) => ({ day: point.day, label: label(point.day), views: point.views }));
  const chartSummary =
    total === 0
      ? "Belum ada kunjungan dalam 30 hari terakhir."
      : `${formatCount(total)} kali dilihat dalam 30 hari terakhir; tertinggi ${formatCount(busiest.views)} pada ${label(busiest.day)}.`;
  const scope = summary.isOwnOnly ? "Angka di kartu ini hanya menghitung artikel Anda." : "Semua artikel portal.";
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 p-4 sm:p-6">
      <div>
        <h1 className="text-2xl font-bold">Selamat datang, {actor.displayName}</h1>
        <p className="text-sm text-muted">
          {scope} Waktu dalam {site.zoneLabel}.
        </p>
      </div>
      {/* First on the page: a writer's returned drafts are their next task. */}
      {summary.returned.length > 0 ? (
        <section
          aria-labelledby="dikembalikan"
          className="flex flex-col gap-2 rounded border-2 border-amber-500 bg-amber-50 p-4"
        >
          <h2 id="dikembalikan" className="text-lg font-bold">
            Dikembalikan kepada Anda ({formatCount(summary.returned.length)})
          </h2>
          <ul className="flex flex-col gap-3">
            {summary.returned.map((item) => (
              <li key={item.id}>
                <Link href={`/dashboard/artikel/${item.id}`} className="font-semibold text-brand-700 hover:underline">
                  {item.title}
                </Link>
                <ReturnedFlag returned={item} timeZone={site.timeZone} />
                <p className="mt-1 line-clamp-2 text-sm whitespace-pre-line">{item.note}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard title="Terbit hari ini" value={formatCount(summary.publishedToday)} />
        <StatCard title="Terbit minggu ini" value={formatCount(summary.publishedThisWeek)} />
        <StatCard title="Menunggu tinjauan" value={formatCount(summary.inReview)} />
        <StatCard title="Terjadwal" value={formatCount(summary.scheduled.count)}>
          {summary.scheduled.next.length > 0 ? (
            <ul className="flex flex-col gap-1">
              {summary.scheduled.next.map((item) => (
                <li key={item.id}>
                  <time dateTime={item.scheduledAt.toISOString()} className="font-semibold">
                    {formatShortDate(item.scheduledAt, site.timeZone)}, {formatTime(item.scheduledAt, site.timeZone)}
                  </time>
                  <span className="block truncate text-muted">{item.title}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </StatCard>
        <StatCard title="Terlambat terbit" value={formatCount(summary.late.length)}>
          {summary.late.length > 0 ? (
            <ul className="flex flex-col gap-1">
              {summary.late.map((item) => (
                <li key={item.id}>
                  <span className="font-semibold">terlambat {lateness(item.lateSeconds)}</span>
                  <span className="block truncate text-muted">{item.title}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">Tidak ada dalam 30 hari terakhir.</p>
          )}
        </StatCard>
      </div>
      <PortalOverview actor={actor} now={now} />
      <section aria-labelledby="grafik-kunjungan" className="flex flex-col gap-2 rounded border border-line p-4">
        <h2 id="grafik-kunjungan" className="text-lg font-bold">
          Kunjungan harian, 30 hari terakhir
        </h2>
        <ViewsChart points={points} summary={chartSummary} />
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <TopList title="Terpopuler 7 hari" articles={top7} />
        <TopList title="Terpopuler 30 hari" articles={top30} />
      </div>
      {can(actor, "site.refresh") ? (
        <section aria-labelledby="halaman-publik" className="flex flex-col gap-2 rounded border border-line p-4">
          <h2 id="halaman-publik" className="text-lg font-bold">
            Halaman publik
          </h2>
          <SiteRefreshForm />
        </section>
      ) : null}
    </div>
  );
}
