import { cacheLife } from "next/cache";
import type { ReactNode } from "react";
import { listCategories } from "@/lib/categories/queries";
import { listMenuPages } from "@/lib/pages/queries";
import { site } from "@/lib/site";
import { EmergencyBanner } from "./emergency-banner";
import { Masthead } from "./masthead";
import { SiteFooter } from "./site-footer";

// Every public page is static (rendered once, then served from the page cache), so the
// frame reads only cached data: the categories, the static pages' menu, and the year for the footer.
async function SiteMasthead() {
  const [categories, pages] = await Promise.all([listCategories(), listMenuPages()]);
  return <Masthead siteName={site.name} tagline={site.tagline} categories={categories} pages={pages} />;
}

async function currentYear(): Promise<number> {
  "use cache";
  cacheLife("days");
  return new Date().getFullYear();
}

async function SiteFooterWithYear() {
  const [year, pages] = await Promise.all([currentYear(), listMenuPages()]);
  return (
    <SiteFooter siteName={site.name} publisher={site.publisher} contact={site.contact} year={year} pages={pages} />
  );
}

/**
 * Masthead, main landmark and footer around every public page, the 404 page included.
 * No Suspense around the masthead and footer: their reads are cached, and as part of the
 * page's first HTML they show without JavaScript and never move the page when they arrive.
 */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <EmergencyBanner />
      <SiteMasthead />
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooterWithYear />
      {/* The public pages' only script (copy link, view beacon, search form); the server
          leaves Next's client runtime out of these pages (server/public-scripts.mjs). */}
      <script src="/site.js" async />
    </>
  );
}
