import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { defaultValidUntil } from "@/lib/announcements/schema";
import { site } from "@/lib/site";
import { AnnouncementForm } from "../_components/announcement-form";

export const metadata: Metadata = { title: "Pengumuman baru", robots: { index: false } };

export default function NewAnnouncementPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <NewAnnouncementScreen />
    </Suspense>
  );
}

async function NewAnnouncementScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "announcement.create")) return <AccessDenied />;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Pengumuman baru</h1>
      <AnnouncementForm defaultValidUntil={defaultValidUntil(site.timeZone)} zoneLabel={site.zoneLabel} />
    </div>
  );
}
