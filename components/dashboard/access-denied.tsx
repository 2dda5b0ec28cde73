import Link from "next/link";

/** Shown in place of a dashboard screen the signed-in role may not open. */
export function AccessDenied() {
  return (
    <section aria-labelledby="akses-ditolak" className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-bold tracking-wide text-accent-700 uppercase">403</p>
      <h1 id="akses-ditolak" className="mt-2 text-2xl font-bold">
        Akses ditolak
      </h1>
      <p className="mt-3 text-muted">
        Peran Anda tidak memiliki izin untuk membuka halaman ini. Hubungi administrator jika Anda memerlukan akses.
      </p>
      <p className="mt-6">
        <Link href="/dashboard" className="font-semibold text-brand-700 underline">
          Kembali ke dasbor
        </Link>
      </p>
    </section>
  );
}
