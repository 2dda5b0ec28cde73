import { after, connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { ensureDuePublished } from "@/lib/articles/scheduler";
import { listCategories } from "@/lib/categories/queries";
import { site } from "@/lib/site";
import { Masthead } from "./masthead";
import { SiteFooter } from "./site-footer";

// Everything that reads the database renders at request time (from Next's cache when
// warm), never at build time: a build needs no database, and never bakes in stale news.
async function SiteMasthead() {
  await connection();
  const categories = await listCategories();
  return <Masthead siteName={site.name} tagline={site.tagline} categories={categories} />;
}

async function SiteFooterWithYear() {
  await connection();
  // Safety net for scheduled publishing; after the response, where cache revalidation is allowed.
  after(ensureDuePublished);
  return (
    <SiteFooter
      siteName={site.name}
      publisher={site.publisher}
      contact={site.contact}
      year={new Date().getFullYear()}
    />
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
