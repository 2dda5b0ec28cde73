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
import { formatFileSize } from "@/lib/documents/file-name";
import { documentIdSchema } from "@/lib/documents/schema";
import { getDocumentForStaff } from "@/lib/documents/staff-queries";
import { deleteDocumentAction, setDocumentPublishedAction } from "../actions";
import { DocumentForm } from "../_components/document-form";

export const metadata: Metadata = { title: "Ubah dokumen", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default function EditDocumentRoute({ params }: Props) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <EditDocumentScreen params={params} />
    </Suspense>
  );
}

async function EditDocumentScreen({ params }: Props) {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "document.manage")) return <AccessDenied />;
  const id = documentIdSchema.safeParse((await params).id);
  const document = id.success ? await getDocumentForStaff(actor, id.data) : null;
  if (!document) notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <PageHeader
        title={document.title}
        description={document.isPublished ? `Terbit di /dokumen/${document.slug}` : "Tersembunyi dari pembaca"}
        actions={
          <>
            {document.isPublished ? (
              <Link href={`/dokumen/${document.slug}`} className="self-center text-sm text-brand-700 underline">
                Lihat di situs
              </Link>
            ) : null}
            <ActionButton
              action={setDocumentPublishedAction}
              fields={{ id: document.id, publish: document.isPublished ? "false" : "true" }}
              label={document.isPublished ? "Sembunyikan" : "Terbitkan"}
            />
          </>
        }
      />
      <p className="text-sm text-muted">
        Berkas: {document.fileName} ({formatFileSize(document.byteSize)}) · {document.downloads.toLocaleString("id-ID")}{" "}
        unduhan · {document.hasText ? "teks PDF dapat dicari" : "dicari dari judul, nomor, unit dan keterangan"}
      </p>
      <DocumentForm
        key={document.updatedAt.toISOString()}
        defaultYear={document.year}
        values={{
          id: document.id,
          title: document.title,
          slug: document.slug,
          number: document.number,
          year: document.year,
          type: document.type,
          issuer: document.issuer,
          description: document.description,
        }}
      />
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer text-sm font-semibold text-accent-700">Hapus dokumen</summary>
        <p className="my-2 text-sm text-muted">
          Alamat /dokumen/{document.slug} dan berkasnya tidak dapat dibuka lagi.
        </p>
        <ActionButton
          action={deleteDocumentAction}
          fields={{ id: document.id }}
          label="Hapus"
          className={dangerButtonClass}
        />
      </details>
    </div>
  );
}
