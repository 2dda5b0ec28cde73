import { cacheLife } from "next/cache";
import { Suspense, type ReactNode } from "react";
import { listCategories } from "@/lib/categories/queries";
import { listMenuPages } from "@/lib/pages/queries";
import { site } from "@/lib/site";
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

/** Masthead, main landmark and footer around every public page, the 404 page included. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <Suspense fallback={<Masthead siteName={site.name} tagline={site.tagline} categories={[]} />}>
        <SiteMasthead />
      </Suspense>
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <Suspense>
        <SiteFooterWithYear />
      </Suspense>
    </>
  );
}
