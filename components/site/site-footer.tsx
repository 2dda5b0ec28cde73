import Link from "next/link";
import type { PageLink } from "@/lib/pages/queries";

type SiteFooterProps = {
  siteName: string;
  publisher: string;
  contact: { email: string; phone: string; address: string };
  year: number;
  /** Published static pages in menu order (lib/pages). */
  pages?: readonly PageLink[];
};

export function SiteFooter({ siteName, publisher, contact, year, pages = [] }: SiteFooterProps) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="font-serif text-lg font-bold text-brand-800">{siteName}</p>
          <p>Dikelola oleh {publisher}.</p>
        </div>
        <address className="not-italic">
          <p>{contact.address}</p>
          <p>
            Telepon: {contact.phone} · Surel:{" "}
            <a className="text-brand-700 underline" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </p>
        </address>
        {pages.length > 0 ? (
          <nav aria-label="Profil" className="sm:col-span-2">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {pages.map((page) => (
                <li key={page.slug}>
                  <Link href={`/profil/${page.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
                    {page.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <p className="border-t border-line py-4 text-center">
        © {year} {publisher}
      </p>
    </footer>
  );
}
