import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";
import { requireActor } from "@/lib/auth/session";
import { PasswordChangeForm } from "./_components/password-change-form";

export const metadata: Metadata = { title: "Ganti kata sandi" };

async function PasswordChange() {
  // Request-time only: Auth.js re-encrypts the session token (random IV), which Next refuses
  // inside a runtime prefetch; connection() keeps this out of prefetches.
  await connection();
  const actor = await requireActor({ allowPasswordChange: true });
  return (
    <>
      {actor.mustChangePassword ? (
        <p className="mb-6 rounded-md border border-brand-600 bg-brand-50 px-3 py-2 text-sm">
          Akun Anda memakai kata sandi sementara. Buat kata sandi baru sebelum melanjutkan ke dasbor.
        </p>
      ) : (
        <p className="mb-6 text-sm text-muted">
          Masuk sebagai <strong className="text-ink">{actor.displayName}</strong>. Sesi di perangkat lain akan berakhir.
        </p>
      )}
      <PasswordChangeForm minLength={PASSWORD_MIN_LENGTH} />
      {actor.mustChangePassword ? null : (
        <p className="mt-6 text-center text-sm">
          <Link href="/dashboard" className="text-brand-700 underline underline-offset-4">
            Kembali ke dasbor
          </Link>
        </p>
      )}
    </>
  );
}

export default function PasswordChangeRoute() {
  return (
    <>
      <h1 className="mb-4 text-xl font-bold">Ganti kata sandi</h1>
      <Suspense fallback={<p className="py-8 text-center text-sm text-muted">Memuat formulir…</p>}>
        <PasswordChange />
      </Suspense>
    </>
  );
}
