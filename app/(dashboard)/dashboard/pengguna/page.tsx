import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { UserTable } from "@/components/dashboard/user-table";
import { requireRoleForPage } from "@/lib/auth/session";
import { site } from "@/lib/site";
import { listUsers } from "@/lib/users/queries";
import { CreateUserForm } from "./_components/user-form";

export const metadata: Metadata = { title: "Pengguna", robots: { index: false } };

export default function UsersPage() {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat daftar pengguna…</p>}>
      <UsersScreen />
    </Suspense>
  );
}

async function UsersScreen() {
  // Request-time from the first line: the session read below (Auth.js re-signs its cookie
  // with random IVs) must never run during a prerender.
  await connection();
  const actor = await requireRoleForPage("ADMIN");
  if (!actor) return <AccessDenied />;
  const users = await listUsers(actor);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Pengguna</h1>
      <section aria-labelledby="akun-staf" className="flex flex-col gap-3">
        <h2 id="akun-staf" className="text-lg font-bold">
          Akun staf ({users.length})
        </h2>
        <UserTable users={users} timeZone={site.timeZone} />
      </section>
      <section aria-labelledby="akun-baru" className="flex flex-col gap-3 rounded border border-line p-4">
        <h2 id="akun-baru" className="text-lg font-bold">
          Buat akun baru
        </h2>
        <p className="text-sm text-muted">
          Sistem membuat kata sandi sementara yang kuat. Pemilik akun wajib menggantinya saat pertama masuk.
        </p>
        <CreateUserForm />
      </section>
    </div>
  );
}
