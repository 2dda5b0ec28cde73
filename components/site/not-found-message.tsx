import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-sm font-bold tracking-wide text-accent-600 uppercase">Galat 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-4 text-muted">
        Alamat yang Anda buka tidak ada atau beritanya sudah tidak tersedia. Periksa kembali alamatnya, atau cari berita
        lain dari beranda.
      </p>
      <p className="mt-8 flex justify-center gap-4">
        <Link href="/" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Ke beranda
        </Link>
        <Link
          href="/cari"
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Cari berita
        </Link>
      </p>
    </div>
  );
}
