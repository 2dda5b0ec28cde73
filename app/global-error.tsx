"use client";

import "./globals.css";

// Last resort when the root layout itself fails: a plain page with no data.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="bg-paper font-sans text-ink">
        <main className="mx-auto max-w-2xl px-4 py-20 text-center">
          <h1 className="font-serif text-3xl font-bold">Maaf, terjadi gangguan</h1>
          <p className="mt-4 text-muted">Silakan muat ulang halaman ini beberapa saat lagi.</p>
          {error.digest ? <p className="mt-2 text-xs text-muted">Kode gangguan: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="mt-8 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Coba lagi
          </button>
        </main>
      </body>
    </html>
  );
}
