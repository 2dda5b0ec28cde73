import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { PageHeader } from "@/components/dashboard/page-header";
import { primaryButtonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { GALLERY_KINDS } from "@/lib/gallery/schema";
import { listGalleryForStaff } from "@/lib/gallery/staff-queries";
import { setGalleryPublishedAction } from "./actions";

export const metadata: Metadata = { title: "Galeri", robots: { index: false } };

export default function GalleryRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat galeri…</p>}>
      <GalleryScreen />
    </Suspense>
  );
}

async function GalleryScreen() {
  // Request-time from the first line: the session read must never run during a prerender.
  await connection();
  const actor = await requireActor();
  if (!can(actor, "gallery.manage")) return <AccessDenied />;
  const items = await listGalleryForStaff(actor);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4 p-4 sm:p-6">
      <PageHeader
        title="Galeri"
        description="Album foto dan video YouTube di /galeri."
        actions={
          <Link href="/dashboard/galeri/baru" className={primaryButtonClass}>
            Galeri baru
          </Link>
        }
      />
      {items.length === 0 ? <p className="text-muted">Belum ada album atau video.</p> : null}
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li
            key={item.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-line p-3"
          >
            <div>
              <p className="font-bold">
                <Link href={`/dashboard/galeri/${item.id}`} className="text-brand-700 hover:underline">
                  {item.title}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {GALLERY_KINDS[item.kind]}
                {item.kind === "ALBUM" ? ` · ${item.photoCount} foto` : ""} ·{" "}
                {item.isPublished ? "Terbit" : "Tersembunyi"}
              </p>
            </div>
            <ActionButton
              action={setGalleryPublishedAction}
              fields={{ id: item.id, publish: item.isPublished ? "false" : "true" }}
              label={
                <>
                  {item.isPublished ? "Sembunyikan" : "Terbitkan"}
                  <span className="sr-only"> {item.title}</span>
                </>
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
