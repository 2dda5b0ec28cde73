import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnouncementCardView } from "@/components/site/announcement-card";
import { Pagination } from "@/components/site/pagination";
import { listAnnouncements } from "@/lib/announcements/queries";
import { pageHref, parsePageParam } from "@/lib/articles/pagination";
import { formatCount } from "@/lib/format";
import { site } from "@/lib/site";

/**
 * The active announcements (/pengumuman) and the archive (/pengumuman/arsip), page 1 at
 * the list's address and page N at …/halaman/N, which proxy.ts maps `?halaman=N` to
 * (lib/articles/routing.ts). Static like every public list; a page past the end is a 404.
 */

type Kind = "active" | "archive";

const VIEWS: Record<Kind, { basePath: string; heading: string; description: string; empty: string }> = {
  active: {
    basePath: "/pengumuman",
    heading: "Pengumuman",
    description: "Pengumuman resmi yang masih berlaku.",
    empty: "Tidak ada pengumuman yang sedang berlaku.",
  },
  archive: {
    basePath: "/pengumuman/arsip",
    heading: "Arsip pengumuman",
    description: "Pengumuman yang masa berlakunya sudah berakhir.",
    empty: "Belum ada pengumuman di arsip.",
  },
};

const loadList = cache(async (kind: Kind, rawPage: string | undefined) => {
  const page = rawPage === undefined ? 1 : parsePageParam(rawPage);
  // CASE: page 1 lives only at the list's own address.
  if (page === null || (rawPage !== undefined && page < 2)) return null;
  return listAnnouncements(kind, page);
});

export async function announcementListMetadata(kind: Kind, rawPage?: string): Promise<Metadata> {
  const list = await loadList(kind, rawPage);
  const view = VIEWS[kind];
  if (!list) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const title = list.page > 1 ? `${view.heading} (halaman ${list.page})` : view.heading;
  const path = pageHref(view.basePath, list.page);
  return { title, description: view.description, alternates: { canonical: path }, openGraph: { title, url: path } };
}

export async function AnnouncementListRoute({ kind, rawPage }: { kind: Kind; rawPage?: string }) {
  const list = await loadList(kind, rawPage);
  if (!list) notFound();
  const view = VIEWS[kind];
  return (
    <>
      <header className="mb-6 border-b-2 border-brand-700 pb-4">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{view.heading}</h1>
        <p className="mt-2 text-muted">{view.description}</p>
        <p className="mt-2 text-sm text-muted">
          {formatCount(list.total)} pengumuman
          {list.pageCount > 1 ? ` · halaman ${formatCount(list.page)} dari ${formatCount(list.pageCount)}` : null}
        </p>
        <p className="mt-2 text-sm">
          {kind === "active" ? (
            <Link href="/pengumuman/arsip" className="font-semibold text-brand-700 underline">
              Lihat arsip pengumuman
            </Link>
          ) : (
            <Link href="/pengumuman" className="font-semibold text-brand-700 underline">
              Lihat pengumuman yang berlaku
            </Link>
          )}
        </p>
      </header>
      {list.items.length === 0 ? (
        <p className="rounded border border-line bg-wash px-6 py-12 text-center text-muted">{view.empty}</p>
      ) : (
        <div className="flex max-w-3xl flex-col gap-4">
          {list.items.map((announcement) => (
            <AnnouncementCardView
              key={announcement.slug}
              announcement={announcement}
              timeZone={site.timeZone}
              isArchived={kind === "archive"}
            />
          ))}
        </div>
      )}
      <div className="mt-8">
        <Pagination page={list.page} pageCount={list.pageCount} basePath={view.basePath} />
      </div>
    </>
  );
}
