import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { DashboardProblem } from "@/components/dashboard/dashboard-problem";
import { DashboardNav } from "@/components/dashboard/nav";
import { ROLE_LABELS } from "@/components/dashboard/role-label";
import { requireActor, type SessionActor } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { site } from "@/lib/site";
import { signOutAction } from "../../(auth)/logout/actions";

export const metadata: Metadata = {
  title: { default: "Dasbor", template: `%s — Dasbor ${site.name}` },
  robots: { index: false, follow: false },
};

// UI only: hiding links here protects nothing; every page and action calls requireActor itself.
async function DashboardShell({ children }: { children: ReactNode }) {
  // Request-time only: Auth.js re-encrypts the session token (random IV), which Next refuses
  // inside a runtime prefetch; connection() keeps this out of prefetches.
  await connection();
  let actor: SessionActor;
  try {
    actor = await requireActor();
  } catch (error) {
    // CASE: the database is down, so the session cannot be checked and no screen can load:
    // say so plainly (this layout has no error boundary of its own above it).
    if (isDatabaseUnavailable(error)) return <UnavailableShell />;
    throw error;
  }
  const navActor = {
    id: actor.id,
    role: actor.role,
    username: actor.username,
    displayName: actor.displayName,
    initials: actor.initials,
  };
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
      >
        Langsung ke konten
      </a>
      <header className="bg-brand-800 text-white">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <Link href="/dashboard" className="font-serif text-xl font-bold">
            {site.name} <span className="font-sans text-sm font-normal text-brand-100">Dasbor</span>
          </Link>
          <p className="text-sm">
            <span className="font-semibold">{actor.displayName}</span>{" "}
            <span className="rounded bg-brand-900 px-2 py-0.5 text-xs">{ROLE_LABELS[actor.role]}</span>
          </p>
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <DashboardNav actor={navActor} signOutAction={signOutAction} />
        <main id="konten" className="min-w-0 flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}

function UnavailableShell() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-800 text-white">
        <p className="px-4 py-3 font-serif text-xl font-bold">
          {site.name} <span className="font-sans text-sm font-normal text-brand-100">Dasbor</span>
        </p>
      </header>
      <main id="konten" className="flex-1 px-4 py-6 md:px-8">
        <DashboardProblem cause="database" />
      </main>
    </div>
  );
}

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<p className="p-8 text-center text-muted">Memuat dasbor…</p>}>
      <DashboardShell>{children}</DashboardShell>
    </Suspense>
  );
}
