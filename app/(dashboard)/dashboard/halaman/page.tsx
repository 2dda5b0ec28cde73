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
import { listPagesForStaff } from "@/lib/pages/staff-queries";
import { movePageAction, setPagePublishedAction } from "./actions";

export const metadata: Metadata = { title: "Halaman", robots: { index: false } };

export default function PagesRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat halaman…</p>}>
      <PagesScreen />
    </Suspense>
  );
}

async function PagesScreen() {
  // Request-time from the first line: the session read must never run during a prerender.
  await connection();
  const actor = await requireActor();
  if (!can(actor, "page.edit")) return <AccessDenied />;
  const pages = await listPagesForStaff(actor);
  const canReorder = can(actor, "page.menu");
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4 p-4 sm:p-6">
      <PageHeader
        title="Halaman"
        description="Profil, visi dan misi, struktur organisasi dan halaman tetap lain. Yang terbit tampil di menu Profil pada kepala dan kaki situs, dalam urutan ini."
        actions={
          <Link href="/dashboard/halaman/baru" className={primaryButtonClass}>
            Halaman baru
          </Link>
        }
      />
      {pages.length === 0 ? <p className="text-muted">Belum ada halaman.</p> : null}
      <ol className="flex flex-col gap-3">
        {pages.map((page, index) => (
          <li key={page.id} className="rounded border border-line p-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="font-bold">
                  <span className="text-muted">{index + 1}.</span>{" "}
                  <Link href={`/dashboard/halaman/${page.id}`} className="text-brand-700 hover:underline">
                    {page.title}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  /profil/{page.slug} · {page.isPublished ? "Terbit" : "Tersembunyi"}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <ActionButton
                  action={setPagePublishedAction}
                  fields={{ id: page.id, publish: page.isPublished ? "false" : "true" }}
                  label={
                    <>
                      {page.isPublished ? "Sembunyikan" : "Terbitkan"}
                      <span className="sr-only"> {page.title}</span>
                    </>
                  }
                />
                {canReorder && index > 0 ? (
                  <ActionButton
                    action={movePageAction}
                    fields={{ id: page.id, direction: "up" }}
                    label={
                      <>
                        <span aria-hidden="true">↑</span> Naik<span className="sr-only"> {page.title}</span>
                      </>
                    }
                  />
                ) : null}
                {canReorder && index < pages.length - 1 ? (
                  <ActionButton
                    action={movePageAction}
                    fields={{ id: page.id, direction: "down" }}
                    label={
                      <>
                        <span aria-hidden="true">↓</span> Turun<span className="sr-only"> {page.title}</span>
                      </>
                    }
                  />
                ) : null}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
