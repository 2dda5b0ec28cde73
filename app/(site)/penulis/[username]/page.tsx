import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleListView } from "@/components/site/article-list";
import { listAuthorArticles } from "@/lib/articles/list-queries";
import { pageHref, parsePageParam } from "@/lib/articles/pagination";
import { usernameSchema } from "@/lib/articles/routing";
import { site } from "@/lib/site";

// Rendered whole at request time (params and searchParams), then served from the
// list's cache entry. Unknown usernames, staff with nothing published and pages past
// the end never get here: the proxy answers them with a real 404 (lib/articles/routing.ts).
export const instant = false;

type AuthorRouteProps = {
  params: Promise<{ username: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page both need the list: one lookup per request.
const loadList = cache(async (rawUsername: string, page: number | null) => {
  const username = usernameSchema.safeParse(rawUsername);
  if (!username.success || page === null) return null;
  const list = await listAuthorArticles(username.data, page);
  return list && page <= list.pageCount ? list : null;
});

async function load({ params, searchParams }: AuthorRouteProps) {
  const [{ username }, query] = await Promise.all([params, searchParams]);
  return loadList(username, parsePageParam(query.halaman));
}

export async function generateMetadata(props: AuthorRouteProps): Promise<Metadata> {
  const list = await load(props);
  if (!list) return { title: "Penulis tidak ditemukan" };
  const { author, page } = list;
  const path = pageHref(`/penulis/${author.username}`, page);
  const title = page > 1 ? `${author.displayName} (halaman ${page})` : author.displayName;
  const description = `Berita tulisan ${author.displayName} untuk ${site.publisher}.`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type: "profile" },
  };
}

export default async function AuthorRoute(props: AuthorRouteProps) {
  const list = await load(props);
  if (!list) notFound();
  return (
    <ArticleListView
      eyebrow="Penulis"
      heading={list.author.displayName}
      items={list.items}
      total={list.total}
      page={list.page}
      pageCount={list.pageCount}
      basePath={`/penulis/${list.author.username}`}
      timeZone={site.timeZone}
      emptyMessage="Penulis ini belum memiliki berita yang diterbitkan."
    />
  );
}
