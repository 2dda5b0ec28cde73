import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleListView } from "@/components/site/article-list";
import { listCategoryArticles } from "@/lib/articles/list-queries";
import { pageHref, parsePageParam } from "@/lib/articles/pagination";
import { slugSchema } from "@/lib/articles/slug";
import { site } from "@/lib/site";

// Rendered whole at request time (params and searchParams), then served from the
// list's cache entry. Unknown categories and pages past the end never get here: the
// proxy answers them with a real 404 (lib/articles/routing.ts).
export const instant = false;

type CategoryRouteProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page both need the list: one lookup per request.
const loadList = cache(async (rawSlug: string, page: number | null) => {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success || page === null) return null;
  const list = await listCategoryArticles(slug.data, page);
  return list && page <= list.pageCount ? list : null;
});

async function load({ params, searchParams }: CategoryRouteProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return loadList(slug, parsePageParam(query.halaman));
}

export async function generateMetadata(props: CategoryRouteProps): Promise<Metadata> {
  const list = await load(props);
  if (!list) return { title: "Kategori tidak ditemukan" };
  const { category, page } = list;
  const path = pageHref(`/kategori/${category.slug}`, page);
  const title = page > 1 ? `${category.name} (halaman ${page})` : category.name;
  const description = category.description || `Berita ${category.name} dari ${site.publisher}.`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path },
  };
}

export default async function CategoryRoute(props: CategoryRouteProps) {
  const list = await load(props);
  if (!list) notFound();
  return (
    <ArticleListView
      eyebrow="Kategori"
      heading={list.category.name}
      description={list.category.description}
      items={list.items}
      total={list.total}
      page={list.page}
      pageCount={list.pageCount}
      basePath={`/kategori/${list.category.slug}`}
      timeZone={site.timeZone}
      emptyMessage="Belum ada berita yang diterbitkan di kategori ini."
    />
  );
}
