import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ActionButton } from "@/components/dashboard/action-button";
import { PageHeader } from "@/components/dashboard/page-header";
import { SessionList } from "@/components/dashboard/session-list";
import { requireActor } from "@/lib/auth/session";
import { listOwnSessions } from "@/lib/auth/sessions";
import { site } from "@/lib/site";
import { ROLE_LABELS } from "@/lib/users/schema";
import { endOtherSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Akun saya", robots: { index: false } };

export default function OwnAccountPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat akun…</p>}>
      <OwnAccount />
    </Suspense>
  );
}

async function OwnAccount() {
  // Request-time from the first line: the session read below must never run during a prerender.
  await connection();
  const actor = await requireActor();
  const sessions = await listOwnSessions(actor, actor.sessionId);
  const hasOthers = sessions.some((session) => !session.isCurrent);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <PageHeader
        title="Akun saya"
        description={`${actor.displayName} · ${actor.username} · ${ROLE_LABELS[actor.role]}`}
      />
      <section aria-labelledby="sesi-saya" className="flex flex-col gap-3">
        <h2 id="sesi-saya" className="text-lg font-bold">
          Sesi yang terbuka
        </h2>
        <p className="text-sm text-muted">
          Perangkat yang sedang masuk dengan akun Anda. Jika ada yang tidak Anda kenali, keluarkan semuanya lalu ganti
          kata sandi.
        </p>
        <SessionList sessions={sessions} timeZone={site.timeZone} caption="Sesi akun Anda" />
        {hasOthers ? (
          <ActionButton action={endOtherSessionsAction} fields={{}} label="Keluarkan perangkat lain" />
        ) : null}
      </section>
      <p className="text-sm">
        <Link href="/ganti-sandi" className="font-semibold text-brand-700 underline">
          Ganti kata sandi
        </Link>
      </p>
    </div>
  );
}
