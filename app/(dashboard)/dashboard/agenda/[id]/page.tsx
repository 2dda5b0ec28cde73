import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { z } from "zod";
import { ActionButton } from "@/components/dashboard/action-button";
import { dangerButtonClass, primaryButtonClass } from "@/components/ui/button";
import { getAgendaEventForStaff } from "@/lib/agenda/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { site } from "@/lib/site";
import { toLocalDateTimeValue } from "@/lib/time";
import { AgendaForm } from "../_components/agenda-form";
import { deleteAgendaAction, publishAgendaAction, unpublishAgendaAction } from "../actions";

export const metadata: Metadata = { title: "Ubah agenda", robots: { index: false } };

type RouteProps = { params: Promise<{ id: string }> };

export default function EditAgendaPage({ params }: RouteProps) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat agenda…</p>}>
      <EditAgendaScreen params={params} />
    </Suspense>
  );
}

async function EditAgendaScreen({ params }: RouteProps) {
  await connection();
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const event = await getAgendaEventForStaff(actor, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const ref = { writerId: event.authorId, status: event.status };
  const isPublished = event.status === "PUBLISHED";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Ubah agenda</h1>
        <p className="text-sm text-muted">
          {isPublished ? (
            <>
              Terbit di{" "}
              <a href={`/agenda/${event.slug}`} className="text-brand-700 underline">
                /agenda/{event.slug}
              </a>
            </>
          ) : (
            "Draf: belum tampil untuk pembaca."
          )}{" "}
          · ditulis oleh {event.authorName}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        {!isPublished && can(actor, "agenda.publish", ref) ? (
          <ActionButton
            action={publishAgendaAction}
            fields={{ id: event.id }}
            label="Terbitkan"
            className={primaryButtonClass}
          />
        ) : null}
        {isPublished && can(actor, "agenda.publish", ref) ? (
          <ActionButton action={unpublishAgendaAction} fields={{ id: event.id }} label="Tarik dari publikasi" />
        ) : null}
        {can(actor, "agenda.delete", ref) ? (
          <ActionButton
            action={deleteAgendaAction}
            fields={{ id: event.id }}
            label="Hapus"
            className={dangerButtonClass}
          />
        ) : null}
      </div>
      {can(actor, "agenda.edit", ref) ? (
        <AgendaForm
          id={event.id}
          zoneLabel={site.zoneLabel}
          values={{
            title: event.title,
            startsAt: toLocalDateTimeValue(event.startsAt, site.timeZone),
            endsAt: toLocalDateTimeValue(event.endsAt, site.timeZone),
            place: event.place,
            organiser: event.organiser,
            description: event.description,
          }}
        />
      ) : (
        <p className="rounded border border-line bg-wash p-4 text-sm">
          Agenda ini sudah terbit; hanya editor yang dapat mengubahnya.
        </p>
      )}
    </div>
  );
}
