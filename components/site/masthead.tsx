import Link from "next/link";
import type { CategoryLink } from "@/lib/categories/queries";

type MastheadProps = {
  siteName: string;
  tagline: string;
  categories: readonly CategoryLink[];
};

export function Masthead({ siteName, tagline, categories }: MastheadProps) {
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
      >
        Langsung ke konten
      </a>
      <div className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-2 px-4 py-4">
          <Link href="/" className="group">
            <span className="block font-serif text-2xl font-bold tracking-tight sm:text-3xl">{siteName}</span>
            <span className="block text-sm text-brand-100">{tagline}</span>
          </Link>
          <nav aria-label="Tautan cepat" className="no-print flex gap-4 text-sm">
            <Link href="/terpopuler" className="underline-offset-4 hover:underline">
              Terpopuler
            </Link>
            <Link href="/cari" className="underline-offset-4 hover:underline">
              Cari
            </Link>
          </nav>
        </div>
      </div>
      {/* Phones: one scrolling row whose cut-off side casts a shadow (scroll-hint), so the reader
          sees there is more; from md up the row wraps and every category shows. */}
      <nav aria-label="Kategori" className="no-print mx-auto max-w-6xl px-4">
        <ul className="scroll-hint flex gap-x-5 gap-y-1 overflow-x-auto py-3 text-sm font-semibold whitespace-nowrap text-brand-800 md:flex-wrap md:overflow-visible">
          <li>
            <Link href="/" className="hover:text-accent-600">
              Beranda
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={`/kategori/${category.slug}`} className="hover:text-accent-600">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
