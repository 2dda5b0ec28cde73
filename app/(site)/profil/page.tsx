import type { Metadata } from "next";
import Link from "next/link";
import { listMenuPages } from "@/lib/pages/queries";

export const metadata: Metadata = {
  title: "Profil",
  description: "Profil pemerintah daerah: visi dan misi, struktur organisasi, pejabat, kontak dan maklumat pelayanan.",
  alternates: { canonical: "/profil" },
};

/** Every published static page, in menu order. */
export default async function ProfileIndexRoute() {
  const pages = await listMenuPages();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Profil</h1>
      {pages.length === 0 ? (
        <p className="mt-4 text-muted">Belum ada halaman profil.</p>
      ) : (
        <ul className="mt-6 divide-y divide-line border-y border-line">
          {pages.map((page) => (
            <li key={page.slug}>
              <Link href={`/profil/${page.slug}`} className="block py-3 font-semibold text-brand-700 hover:underline">
                {page.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
