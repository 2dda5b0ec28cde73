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
import { formatFileSize } from "@/lib/documents/file-name";
import { DOCUMENT_TYPES } from "@/lib/documents/schema";
import { listDocumentsForStaff } from "@/lib/documents/staff-queries";
import { setDocumentPublishedAction } from "./actions";

export const metadata: Metadata = { title: "Dokumen", robots: { index: false } };

export default function DocumentsRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat dokumen…</p>}>
      <DocumentsScreen />
    </Suspense>
  );
}

async function DocumentsScreen() {
  // Request-time from the first line: the session read must never run during a prerender.
  await connection();
  const actor = await requireActor();
  if (!can(actor, "document.manage")) return <AccessDenied />;
  const documents = await listDocumentsForStaff(actor);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4 p-4 sm:p-6">
      <PageHeader
        title="Dokumen"
        description="Perda, SK, RKPD, APBD, laporan dan dokumen lain untuk diunduh masyarakat di /dokumen."
        actions={
          <Link href="/dashboard/dokumen/baru" className={primaryButtonClass}>
            Unggah dokumen
          </Link>
        }
      />
      {documents.length === 0 ? <p className="text-muted">Belum ada dokumen.</p> : null}
      <ul className="flex flex-col gap-3">
        {documents.map((document) => (
          <li
            key={document.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-line p-3"
          >
            <div className="min-w-0">
              <p className="font-bold">
                <Link href={`/dashboard/dokumen/${document.id}`} className="text-brand-700 hover:underline">
                  {document.title}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {DOCUMENT_TYPES[document.type].label} · {document.year}
                {document.number ? ` · ${document.number}` : ""} · {formatFileSize(document.byteSize)} ·{" "}
                {document.downloads.toLocaleString("id-ID")} unduhan · {document.isPublished ? "Terbit" : "Tersembunyi"}
              </p>
            </div>
            <ActionButton
              action={setDocumentPublishedAction}
              fields={{ id: document.id, publish: document.isPublished ? "false" : "true" }}
              label={
                <>
                  {document.isPublished ? "Sembunyikan" : "Terbitkan"}
                  <span className="sr-only"> {document.title}</span>
                </>
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
