import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { z } from "zod";
import { ActionButton } from "@/components/dashboard/action-button";
import { dangerButtonClass, primaryButtonClass } from "@/components/ui/button";
import { defaultValidUntil } from "@/lib/announcements/schema";
import { getAnnouncementForStaff } from "@/lib/announcements/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { site } from "@/lib/site";
import { toLocalDateTimeValue } from "@/lib/time";
import { AnnouncementForm } from "../_components/announcement-form";
import { deleteAnnouncementAction, publishAnnouncementAction, unpublishAnnouncementAction } from "../actions";

export const metadata: Metadata = { title: "Ubah pengumuman", robots: { index: false } };

type RouteProps = { params: Promise<{ id: string }> };

export default function EditAnnouncementPage({ params }: RouteProps) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat pengumuman…</p>}>
      <EditAnnouncementScreen params={params} />
    </Suspense>
  );
}

async function EditAnnouncementScreen({ params }: RouteProps) {
  await connection();
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const announcement = await getAnnouncementForStaff(actor, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const ref = { writerId: announcement.authorId, status: announcement.status };
  const isPublished = announcement.status === "PUBLISHED";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Ubah pengumuman</h1>
        <p className="text-sm text-muted">
          {isPublished ? (
            <>
              Terbit di{" "}
              <a href={`/pengumuman/${announcement.slug}`} className="text-brand-700 underline">
                /pengumuman/{announcement.slug}
              </a>
            </>
          ) : (
            "Draf: belum tampil untuk pembaca."
          )}{" "}
          · ditulis oleh {announcement.authorName}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        {!isPublished && can(actor, "announcement.publish", ref) ? (
          <ActionButton
            action={publishAnnouncementAction}
            fields={{ id: announcement.id }}
            label="Terbitkan"
            className={primaryButtonClass}
          />
        ) : null}
        {isPublished && can(actor, "announcement.publish", ref) ? (
          <ActionButton
            action={unpublishAnnouncementAction}
            fields={{ id: announcement.id }}
            label="Tarik dari publikasi"
          />
        ) : null}
        {can(actor, "announcement.delete", ref) ? (
          <ActionButton
            action={deleteAnnouncementAction}
            fields={{ id: announcement.id }}
            label="Hapus"
            className={dangerButtonClass}
          />
        ) : null}
      </div>
      {can(actor, "announcement.edit", ref) ? (
        <AnnouncementForm
          values={{
            id: announcement.id,
            title: announcement.title,
            body: announcement.body,
            validUntil: toLocalDateTimeValue(announcement.validUntil, site.timeZone),
            attachmentName: announcement.attachmentName,
          }}
          defaultValidUntil={defaultValidUntil(site.timeZone)}
          zoneLabel={site.zoneLabel}
        />
      ) : (
        <p className="rounded border border-line bg-wash p-4 text-sm">
          Pengumuman ini sudah terbit; hanya editor yang dapat mengubahnya.
        </p>
      )}
    </div>
  );
}
