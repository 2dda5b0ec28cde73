import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { PageHeader } from "@/components/dashboard/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { GalleryItemForm } from "../_components/gallery-item-form";

export const metadata: Metadata = { title: "Galeri baru", robots: { index: false } };

export default function NewGalleryRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <NewGalleryScreen />
    </Suspense>
  );
}

async function NewGalleryScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "gallery.manage")) return <AccessDenied />;
  return (
    <div className="mx-auto max-w-3xl p-4 sm:p-6">
      <PageHeader
        title="Galeri baru"
        description="Buat album, lalu unggah fotonya; atau tempel tautan video YouTube. Disimpan tersembunyi sampai diterbitkan."
      />
      <GalleryItemForm />
    </div>
  );
}
