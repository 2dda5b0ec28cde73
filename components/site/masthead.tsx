import Link from "next/link";
import type { CategoryLink } from "@/lib/categories/queries";
import type { PageLink } from "@/lib/pages/queries";

type MastheadProps = {
  siteName: string;
  tagline: string;
  categories: readonly CategoryLink[];
  /** Published static pages in menu order (lib/pages). */
  pages?: readonly PageLink[];
};

/** Portal content beyond news, in the quick links (the profile pages' menu is separate). */
const PORTAL_LINKS = [
  { href: "/pengumuman", label: "Pengumuman" },
  { href: "/agenda", label: "Agenda" },
  { href: "/dokumen", label: "Dokumen" },
  { href: "/galeri", label: "Galeri" },
] as const;

/** A category bar link; public/site.js sets aria-current on the reader's section. */
const CATEGORY_LINK =
  "hover:text-accent-600 [&[aria-current]]:text-accent-700 [&[aria-current]]:underline [&[aria-current]]:decoration-2 [&[aria-current]]:underline-offset-8";

export function Masthead({ siteName, tagline, categories, pages = [] }: MastheadProps) {
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
          <nav aria-label="Tautan cepat" className="no-print flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {pages.length > 0 ? <ProfileMenu pages={pages} /> : null}
            {PORTAL_LINKS.map((link) => (
              <Link key={link.href} href={link.href} className="underline-offset-4 hover:underline">
                {link.label}
              </Link>
            ))}
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
            <Link href="/" className={CATEGORY_LINK}>
              Beranda
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={`/kategori/${category.slug}`} className={CATEGORY_LINK}>
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/**
 * The static pages (Profil, Visi & Misi, …) as a disclosure that works without JavaScript:
 * a native <details>, keyboard-operable, its list laid over the page when open.
 */
function ProfileMenu({ pages }: { pages: readonly PageLink[] }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer underline-offset-4 hover:underline">Profil</summary>
      <ul className="absolute right-0 z-40 mt-2 w-60 rounded border border-line bg-paper py-1 text-ink shadow-lg">
        {pages.map((page) => (
          <li key={page.slug}>
            <Link href={`/profil/${page.slug}`} className="block px-3 py-2 hover:bg-brand-50">
              {page.title}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
