import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { PageHeader } from "@/components/dashboard/page-header";
import { dangerButtonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getPageForStaff } from "@/lib/pages/staff-queries";
import { staticPageIdSchema } from "@/lib/pages/schema";
import { deletePageAction, setPagePublishedAction } from "../actions";
import { PageForm } from "../_components/page-form";

export const metadata: Metadata = { title: "Ubah halaman", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default function EditPageRoute({ params }: Props) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <EditPageScreen params={params} />
    </Suspense>
  );
}

async function EditPageScreen({ params }: Props) {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "page.edit")) return <AccessDenied />;
  const id = staticPageIdSchema.safeParse((await params).id);
  const page = id.success ? await getPageForStaff(actor, id.data) : null;
  if (!page) notFound();
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6 p-4 sm:p-6">
      <PageHeader
        title={page.title}
        description={page.isPublished ? `Terbit di /profil/${page.slug}` : "Tersembunyi dari pembaca"}
        actions={
          <>
            {page.isPublished ? (
              <Link href={`/profil/${page.slug}`} className="self-center text-sm text-brand-700 underline">
                Lihat di situs
              </Link>
            ) : null}
            <ActionButton
              action={setPagePublishedAction}
              fields={{ id: page.id, publish: page.isPublished ? "false" : "true" }}
              label={page.isPublished ? "Sembunyikan" : "Terbitkan"}
            />
          </>
        }
      />
      <PageForm
        key={page.updatedAt.toISOString()}
        values={{ id: page.id, title: page.title, slug: page.slug, summary: page.summary, body: page.body }}
      />
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer text-sm font-semibold text-accent-700">Hapus halaman</summary>
        <p className="my-2 text-sm text-muted">Alamat /profil/{page.slug} tidak dapat dibuka lagi setelah dihapus.</p>
        <ActionButton action={deletePageAction} fields={{ id: page.id }} label="Hapus" className={dangerButtonClass} />
      </details>
    </div>
  );
}
