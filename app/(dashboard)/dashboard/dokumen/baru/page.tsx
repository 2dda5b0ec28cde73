import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { PageHeader } from "@/components/dashboard/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { localDay } from "@/lib/time";
import { DocumentForm } from "../_components/document-form";

export const metadata: Metadata = { title: "Unggah dokumen", robots: { index: false } };

export default function NewDocumentRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <NewDocumentScreen />
    </Suspense>
  );
}

async function NewDocumentScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "document.manage")) return <AccessDenied />;
  const thisYear = Number(localDay(new Date(), site.timeZone).slice(0, 4));
  return (
    <div className="mx-auto max-w-3xl p-4 sm:p-6">
      <PageHeader
        title="Unggah dokumen"
        description="Dokumen baru disimpan tersembunyi; terbitkan setelah diperiksa."
      />
      <DocumentForm defaultYear={thisYear} />
    </div>
  );
}
