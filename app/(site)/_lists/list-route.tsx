import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { ArticleListView } from "@/components/site/article-list";
import {
  listAuthorArticles,
  listCategoryArticles,
  listTagArticles,
  type ArticleListPage,
} from "@/lib/articles/list-queries";
import { pageHref, parsePageParam } from "@/lib/articles/pagination";
import { usernameSchema } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { site } from "@/lib/site";

/**
 * The category, tag and author pages: page 1 at /kategori/<slug> and page N at the
 * internal /kategori/<slug>/halaman/<N> that proxy.ts maps `?halaman=N` to. Each page
 * is static, rendered on its first request and served from the page cache; an unknown
 * name or a page past the end answers a real, cached 404.
 */

type ListView = {
  basePath: string;
  eyebrow: string;
  heading: string;
  description?: ReactNode;
  emptyMessage: string;
  metaTitle: string;
  metaDescription: string;
  ogType?: "profile";
  list: ArticleListPage;
};

type ListKind = {
  keySchema: typeof slugSchema | typeof usernameSchema;
  notFoundTitle: string;
  load(key: string, page: number): Promise<ListView | null>;
};

const KINDS = {
  kategori: {
    keySchema: slugSchema,
    notFoundTitle: "Kategori tidak ditemukan",
    async load(key, page) {
      const list = await listCategoryArticles(key, page);
      if (!list) return null;
      return {
        basePath: `/kategori/${list.category.slug}`,
        eyebrow: "Kategori",
        heading: list.category.name,
        description: list.category.description,
        emptyMessage: "Belum ada berita yang diterbitkan di kategori ini.",
        metaTitle: list.category.name,
        metaDescription: list.category.description || `Berita ${list.category.name} dari ${site.publisher}.`,
        list,
      };
    },
  },
  tag: {
    keySchema: slugSchema,
    notFoundTitle: "Tag tidak ditemukan",
    async load(key, page) {
      const list = await listTagArticles(key, page);
      if (!list) return null;
      return {
        basePath: `/tag/${list.tag.slug}`,
        eyebrow: "Tag",
        heading: `#${list.tag.name}`,
        emptyMessage: "Belum ada berita dengan tag ini.",
        metaTitle: `#${list.tag.name}`,
        metaDescription: `Berita bertopik ${list.tag.name} dari ${site.publisher}.`,
        list,
      };
    },
  },
  penulis: {
    keySchema: usernameSchema,
    notFoundTitle: "Penulis tidak ditemukan",
    async load(key, page) {
      const list = await listAuthorArticles(key, page);
      if (!list) return null;
      return {
        basePath: `/penulis/${list.author.username}`,
        eyebrow: "Penulis",
        heading: list.author.displayName,
        emptyMessage: "Penulis ini belum memiliki berita yang diterbitkan.",
        metaTitle: list.author.displayName,
        metaDescription: `Berita tulisan ${list.author.displayName} untuk ${site.publisher}.`,
        ogType: "profile",
        list,
      };
    },
  },
} satisfies Record<string, ListKind>;

export type ListSection = keyof typeof KINDS;

type ListParams = Promise<{ key: string; page?: string }>;

// generateMetadata and the page both need the list: one lookup per render.
const loadView = cache(async (section: ListSection, rawKey: string, rawPage: string | undefined) => {
  const kind: ListKind = KINDS[section];
  const key = kind.keySchema.safeParse(decodeURIComponent(rawKey));
  const page = rawPage === undefined ? 1 : parsePageParam(rawPage);
  // CASE: page 1 lives only at the list's own address.
  if (!key.success || page === null || (rawPage !== undefined && page < 2)) return null;
  const view = await kind.load(key.data, page);
  return view && page <= view.list.pageCount ? view : null;
});

/** generateMetadata for a list route; `params` carries the list key and, past page 1, the page. */
export async function listMetadata(section: ListSection, params: ListParams): Promise<Metadata> {
  const { key, page } = await params;
  const view = await loadView(section, key, page);
  if (!view) return { title: KINDS[section].notFoundTitle };
  const path = pageHref(view.basePath, view.list.page);
  const title = view.list.page > 1 ? `${view.metaTitle} (halaman ${view.list.page})` : view.metaTitle;
  return {
    title,
    description: view.metaDescription,
    alternates: { canonical: path },
    openGraph: { title, description: view.metaDescription, url: path, ...(view.ogType ? { type: view.ogType } : {}) },
  };
}

/** The page body of a list route. */
export async function ListRoutePage({ section, params }: { section: ListSection; params: ListParams }) {
  const { key, page } = await params;
  const view = await loadView(section, key, page);
  if (!view) notFound();
  return (
    <ArticleListView
      eyebrow={view.eyebrow}
      heading={view.heading}
      description={view.description}
      items={view.list.items}
      total={view.list.total}
      page={view.list.page}
      pageCount={view.list.pageCount}
      basePath={view.basePath}
      timeZone={site.timeZone}
      emptyMessage={view.emptyMessage}
    />
  );
}
