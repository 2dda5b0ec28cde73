import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleListView } from "@/components/site/article-list";
import { listTagArticles } from "@/lib/articles/list-queries";
import { pageHref, parsePageParam } from "@/lib/articles/pagination";
import { slugSchema } from "@/lib/articles/slug";
import { site } from "@/lib/site";

// Rendered whole at request time (params and searchParams), then served from the
// list's cache entry. Unknown tags, tags with nothing published and pages past the end
// never get here: the proxy answers them with a real 404 (lib/articles/routing.ts).
export const instant = false;

type TagRouteProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page both need the list: one lookup per request.
const loadList = cache(async (rawSlug: string, page: number | null) => {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success || page === null) return null;
  const list = await listTagArticles(slug.data, page);
  return list && page <= list.pageCount ? list : null;
});

async function load({ params, searchParams }: TagRouteProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return loadList(slug, parsePageParam(query.halaman));
}

export async function generateMetadata(props: TagRouteProps): Promise<Metadata> {
  const list = await load(props);
  if (!list) return { title: "Tag tidak ditemukan" };
  const { tag, page } = list;
  const path = pageHref(`/tag/${tag.slug}`, page);
  const title = page > 1 ? `#${tag.name} (halaman ${page})` : `#${tag.name}`;
  const description = `Berita bertopik ${tag.name} dari ${site.publisher}.`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path },
  };
}

export default async function TagRoute(props: TagRouteProps) {
  const list = await load(props);
  if (!list) notFound();
  return (
    <ArticleListView
      eyebrow="Tag"
      heading={`#${list.tag.name}`}
      items={list.items}
      total={list.total}
      page={list.page}
      pageCount={list.pageCount}
      basePath={`/tag/${list.tag.slug}`}
      timeZone={site.timeZone}
      emptyMessage="Belum ada berita dengan tag ini."
    />
  );
}
