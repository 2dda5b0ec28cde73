import { pageCountFor, pageHref } from "@/lib/articles/pagination";
import type { MigrationConnection } from "@/lib/db/migrate";

/**
 * The public pages the bench loads, resolved against the database the portal serves:
 * real slugs, the busiest category and tag (the deepest lists), and their last pages.
 */

export const TARGET_NAMES = [
  "article",
  "home",
  "category",
  "category-last",
  "tag",
  "tag-last",
  "author",
  "popular",
  "search",
  "sitemap",
] as const;

export type TargetName = (typeof TARGET_NAMES)[number];

/** What issue 8 asks the bench to report. */
export const DEFAULT_TARGETS: readonly TargetName[] = [
  "article",
  "home",
  "category",
  "category-last",
  "tag",
  "search",
  "sitemap",
];

export interface Target {
  name: TargetName;
  /** One line for the table: the address, or its pattern and how many rotate. */
  description: string;
  /** wrk cycles through these; the pre-flight checks the first. */
  paths: string[];
}

export interface TargetSettings {
  /** Articles the article target rotates over. */
  rotate: number;
  /** The word of the repeated search. */
  search: string;
}

const PUBLISHED = "a.status = 'PUBLISHED' AND a.published_at <= now()";

async function busiestList(
  connection: MigrationConnection,
  sql: string,
): Promise<{ slug: string; total: number } | null> {
  const [row] = await connection.query<{ slug: string; total: number }>(sql);
  return row ? { slug: row.slug, total: Number(row.total) } : null;
}

async function resolveTarget(
  connection: MigrationConnection,
  name: TargetName,
  settings: TargetSettings,
): Promise<Target> {
  switch (name) {
    case "article": {
      // The most read and the newest in turn: on a flood day both the story of the hour and the old favourites are asked for.
      const mostRead = await connection.query<{ slug: string }>(
        `SELECT a.slug FROM articles a JOIN article_stats s ON s.article_id = a.id WHERE ${PUBLISHED} ORDER BY s.views DESC, a.slug LIMIT $1`,
        [settings.rotate],
      );
      const newest = await connection.query<{ slug: string }>(
        `SELECT a.slug FROM articles a WHERE ${PUBLISHED} ORDER BY a.published_at DESC, a.slug LIMIT $1`,
        [settings.rotate],
      );
      const slugs = new Set<string>();
      for (let index = 0; index < settings.rotate && slugs.size < settings.rotate; index += 1) {
        for (const row of [mostRead[index], newest[index]]) {
          if (row && slugs.size < settings.rotate) slugs.add(row.slug);
        }
      }
      const paths = [...slugs].map((slug) => `/berita/${slug}`);
      return { name, description: `/berita/<slug>, ${paths.length} articles in turn`, paths };
    }
    case "home":
      return { name, description: "/", paths: ["/"] };
    case "category":
    case "category-last": {
      const list = await busiestList(
        connection,
        `SELECT c.slug, count(*)::int AS total FROM articles a JOIN categories c ON c.id = a.category_id
         WHERE ${PUBLISHED} GROUP BY c.slug ORDER BY total DESC, c.slug LIMIT 1`,
      );
      if (!list) return { name, description: "no published article in any category", paths: [] };
      const page = name === "category" ? 1 : pageCountFor(list.total);
      const path = pageHref(`/kategori/${list.slug}`, page);
      return { name, description: `${path} (${list.total.toLocaleString("en")} articles)`, paths: [path] };
    }
    case "tag":
    case "tag-last": {
      const list = await busiestList(
        connection,
        `SELECT t.slug, count(*)::int AS total FROM article_tags at JOIN tags t ON t.id = at.tag_id JOIN articles a ON a.id = at.article_id
         WHERE ${PUBLISHED} GROUP BY t.slug ORDER BY total DESC, t.slug LIMIT 1`,
      );
      if (!list) return { name, description: "no tag on a published article", paths: [] };
      const page = name === "tag" ? 1 : pageCountFor(list.total);
      const path = pageHref(`/tag/${list.slug}`, page);
      return { name, description: `${path} (${list.total.toLocaleString("en")} articles)`, paths: [path] };
    }
    case "author": {
      const list = await busiestList(
        connection,
        `SELECT u.username AS slug, count(*)::int AS total FROM articles a JOIN users u ON u.id = a.writer_id
         WHERE ${PUBLISHED} GROUP BY u.username ORDER BY total DESC, u.username LIMIT 1`,
      );
      if (!list) return { name, description: "no writer with a published article", paths: [] };
      const path = `/penulis/${list.slug}`;
      return { name, description: `${path} (${list.total.toLocaleString("en")} articles)`, paths: [path] };
    }
    case "popular":
      return { name, description: "/terpopuler", paths: ["/terpopuler"] };
    case "search": {
      const path = `/cari?q=${encodeURIComponent(settings.search)}`;
      return { name, description: `${path}, the same query repeated`, paths: [path] };
    }
    case "sitemap":
      return { name, description: "/sitemap.xml", paths: ["/sitemap.xml"] };
  }
}

export async function resolveTargets(
  connection: MigrationConnection,
  names: readonly TargetName[],
  settings: TargetSettings,
): Promise<Target[]> {
  const targets: Target[] = [];
  for (const name of names) targets.push(await resolveTarget(connection, name, settings));
  return targets;
}

/** Addresses that no request of this run has asked for yet, for the cold measurements. */
export interface ColdSamples {
  searches: string[];
  /** Page 1 and the last page of every category. */
  categoryEnds: string[];
  categoryPages: string[];
  /** Page 1 and the last page of the busiest tags (thousands of articles each at 100k). */
  tagEnds: string[];
  tagPages: string[];
  authorPages: string[];
  articles: string[];
}

type ListTotal = { base: string; total: number };

/** Up to `count` pages spread over every depth of every list: a fixed stride through all their pages. */
function spreadPages(lists: readonly ListTotal[], count: number, exclude: ReadonlySet<string>): string[] {
  const choices = lists.flatMap((list) =>
    Array.from({ length: pageCountFor(list.total) }, (_, index) => pageHref(list.base, index + 1)),
  );
  const stride = Math.max(1, Math.floor(choices.length / Math.max(1, count)));
  const pages = new Set<string>();
  for (let index = 0; index < choices.length && pages.size < count; index += stride) {
    const path = choices[index];
    if (path !== undefined && !exclude.has(path)) pages.add(path);
  }
  return [...pages];
}

/** Page 1 and the last page of each list. */
function listEnds(lists: readonly ListTotal[], exclude: ReadonlySet<string>): string[] {
  return lists
    .flatMap((list) => [pageHref(list.base, 1), pageHref(list.base, pageCountFor(list.total))])
    .filter((path, index, all) => !exclude.has(path) && all.indexOf(path) === index);
}

export async function resolveColdSamples(
  connection: MigrationConnection,
  count: number,
  exclude: { search: string; paths: ReadonlySet<string> },
): Promise<ColdSamples> {
  // Words readers would type: taken from real titles, long enough to mean something.
  const titles = await connection.query<{ title: string }>(
    `SELECT a.title FROM articles a WHERE ${PUBLISHED} ORDER BY random() LIMIT $1`,
    [count * 20],
  );
  const words = new Set<string>();
  for (const { title } of titles) {
    for (const word of title.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 5 && word !== exclude.search.toLowerCase()) words.add(word);
    }
  }
  const searches = [...words].slice(0, count).map((word) => `/cari?q=${encodeURIComponent(word)}`);

  const totals = async (sql: string, prefix: string): Promise<ListTotal[]> =>
    (await connection.query<{ slug: string; total: number }>(sql)).map((row) => ({
      base: `${prefix}/${row.slug}`,
      total: Number(row.total),
    }));
  const categories = await totals(
    `SELECT c.slug, count(*)::int AS total FROM articles a JOIN categories c ON c.id = a.category_id
     WHERE ${PUBLISHED} GROUP BY c.slug ORDER BY c.slug`,
    "/kategori",
  );
  const tags = await totals(
    `SELECT t.slug, count(*)::int AS total FROM article_tags at JOIN tags t ON t.id = at.tag_id JOIN articles a ON a.id = at.article_id
     WHERE ${PUBLISHED} GROUP BY t.slug ORDER BY total DESC, t.slug LIMIT 10`,
    "/tag",
  );
  const authors = await totals(
    `SELECT u.username AS slug, count(*)::int AS total FROM articles a JOIN users u ON u.id = a.writer_id
     WHERE ${PUBLISHED} GROUP BY u.username ORDER BY u.username`,
    "/penulis",
  );

  const articles = (
    await connection.query<{ slug: string }>(
      `SELECT a.slug FROM articles a WHERE ${PUBLISHED} ORDER BY random() LIMIT $1`,
      [count * 2],
    )
  )
    .map((row) => `/berita/${row.slug}`)
    .filter((path) => !exclude.paths.has(path))
    .slice(0, count);

  const categoryEnds = listEnds(categories, exclude.paths);
  const tagEnds = listEnds(tags, exclude.paths);
  const taken = new Set([...exclude.paths, ...categoryEnds, ...tagEnds]);
  return {
    searches,
    categoryEnds,
    categoryPages: spreadPages(categories, count, taken),
    tagEnds,
    tagPages: spreadPages(tags, count, taken),
    authorPages: spreadPages(authors, count, taken),
    articles,
  };
}
