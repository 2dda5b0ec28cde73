import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { AgendaForm } from "../_components/agenda-form";

export const metadata: Metadata = { title: "Agenda baru", robots: { index: false } };

export default function NewAgendaPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <NewAgendaScreen />
    </Suspense>
  );
}

async function NewAgendaScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "agenda.create")) return <AccessDenied />;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Agenda baru</h1>
      <AgendaForm zoneLabel={site.zoneLabel} />
    </div>
  );
}
