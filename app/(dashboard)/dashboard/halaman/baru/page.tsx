import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { PageHeader } from "@/components/dashboard/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { PageForm } from "../_components/page-form";

export const metadata: Metadata = { title: "Halaman baru", robots: { index: false } };

export default function NewPageRoute() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <NewPageScreen />
    </Suspense>
  );
}

async function NewPageScreen() {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "page.edit")) return <AccessDenied />;
  return (
    <div className="mx-auto max-w-4xl p-4 sm:p-6">
      <PageHeader title="Halaman baru" description="Halaman baru disimpan tersembunyi; terbitkan setelah diperiksa." />
      <PageForm />
    </div>
  );
}
