"use client";

import Link from "next/link";

// Shown when a public page fails to render. The reader sees no technical details;
// the error itself is in the server log (and `digest` ties the two together).
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-sm font-bold tracking-wide text-accent-600 uppercase">Terjadi gangguan</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Layanan sedang gangguan, coba beberapa saat lagi</h1>
      <p className="mt-4 text-muted">
        Halaman ini gagal dimuat karena gangguan pada sistem kami. Jika masalah berlanjut, hubungi kami melalui kontak
        di bagian bawah halaman.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-muted">Kode gangguan: {error.digest}</p> : null}
      <p className="mt-8 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Coba lagi
        </button>
        <Link
          href="/"
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Ke beranda
        </Link>
      </p>
    </div>
  );
}
