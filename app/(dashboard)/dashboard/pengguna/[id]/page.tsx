import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { dangerButtonClass } from "@/components/ui/button";
import { SessionList } from "@/components/dashboard/session-list";
import { requireRoleForPage } from "@/lib/auth/session";
import { listSessionsOfUser } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";
import { getUserForAdmin } from "@/lib/users/queries";
import { ROLE_LABELS, userIdSchema } from "@/lib/users/schema";
import { deactivateUserAction, endUserSessionsAction, reactivateUserAction } from "../actions";
import { ResetPasswordButton } from "../_components/reset-password-button";
import { EditUserForm } from "../_components/user-form";

export const metadata: Metadata = { title: "Ubah pengguna", robots: { index: false } };

export default function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat akun…</p>}>
      <EditUserScreen params={params} />
    </Suspense>
  );
}

function Missing() {
  return (
    <div className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">Pengguna tidak ditemukan</h1>
      <p className="mt-3">
        <Link href="/dashboard/pengguna" className="font-semibold text-brand-700 underline">
          Kembali ke daftar pengguna
        </Link>
      </p>
    </div>
  );
}

async function EditUserScreen({ params }: { params: Promise<{ id: string }> }) {
  // Request-time from the first line: the session read below (Auth.js re-signs its cookie
  // with random IVs) must never run during a prerender.
  await connection();
  const actor = await requireRoleForPage("ADMIN");
  if (!actor) return <AccessDenied />;
  const id = userIdSchema.safeParse((await params).id);
  if (!id.success) return <Missing />;
  const user = await getUserForAdmin(actor, id.data);
  if (!user) return <Missing />;
  const isSelf = user.id === actor.id;
  const sessions = isSelf ? [] : await listSessionsOfUser(actor, user.id);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8 p-4 sm:p-6">
      <div>
        <p>
          <Link href="/dashboard/pengguna" className="text-sm font-semibold text-brand-700 underline">
            ← Daftar pengguna
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">{user.displayName}</h1>
        <p className="text-muted">
          {user.username} · {ROLE_LABELS[user.role]} · {user.isActive ? "Aktif" : "Nonaktif"}
          {user.mustChangePassword ? " · wajib ganti sandi" : ""}
        </p>
        <p className="text-sm text-muted">
          Terakhir masuk: {user.lastLoginAt ? formatDateTime(user.lastLoginAt, site.timeZone) : "belum pernah"}
        </p>
      </div>
      <section aria-labelledby="data-akun" className="flex flex-col gap-3">
        <h2 id="data-akun" className="text-lg font-bold">
          Data akun
        </h2>
        <EditUserForm
          values={{
            id: user.id,
            username: user.username,
            displayName: user.displayName,
            email: user.email,
            role: user.role,
            initials: user.initials,
          }}
        />
      </section>
      <section aria-labelledby="keamanan" className="flex flex-col gap-4 rounded border border-line p-4">
        <h2 id="keamanan" className="text-lg font-bold">
          Status dan kata sandi
        </h2>
        {isSelf ? (
          <p className="text-sm text-muted">
            Anda tidak dapat menonaktifkan akun Anda sendiri; ganti sandi Anda lewat halaman Ganti Sandi.
          </p>
        ) : (
          <>
            {user.isActive ? (
              <div className="flex flex-col gap-1">
                <ActionButton
                  action={deactivateUserAction}
                  fields={{ id: user.id }}
                  label="Nonaktifkan akun"
                  className={dangerButtonClass}
                />
                <p className="text-sm text-muted">
                  Sesi yang sedang terbuka langsung berakhir. Nama penulis tetap tercantum di beritanya.
                </p>
              </div>
            ) : (
              <ActionButton action={reactivateUserAction} fields={{ id: user.id }} label="Aktifkan kembali" />
            )}
            <ResetPasswordButton userId={user.id} username={user.username} />
          </>
        )}
      </section>
      <section aria-labelledby="sesi" className="flex flex-col gap-3">
        <h2 id="sesi" className="text-lg font-bold">
          Sesi yang terbuka
        </h2>
        {isSelf ? (
          <p className="text-sm text-muted">
            Sesi Anda sendiri ada di halaman{" "}
            <Link href="/dashboard/akun" className="font-semibold text-brand-700 underline">
              Akun saya
            </Link>
            .
          </p>
        ) : (
          <>
            <SessionList sessions={sessions} timeZone={site.timeZone} caption={`Sesi ${user.displayName}`} />
            {sessions.length > 0 ? (
              <div className="flex flex-col gap-1">
                <ActionButton
                  action={endUserSessionsAction}
                  fields={{ id: user.id }}
                  label="Akhiri semua sesi"
                  className={dangerButtonClass}
                />
                <p className="text-sm text-muted">Akun ini harus masuk lagi di setiap perangkat.</p>
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
