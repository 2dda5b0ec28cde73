import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache";
import { publishedArticleSql } from "@/lib/articles/visibility";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { site } from "@/lib/site";
import { dayStart } from "@/lib/time";

/**
 * Reader search over published articles: Postgres full-text search on the generated
 * `articles.search_vector` (title A, excerpt B, body C, `indonesian` stemming), with a
 * trigram fallback on titles for short queries that find little (typos).
 *
 * Every query is a `$queryRaw` tagged template: the reader's text only ever travels as
 * a bind parameter, and `websearch_to_tsquery` accepts any text without a syntax error.
 */

export const SEARCH_PAGE_SIZE = 10;

/** Below this many full-text hits a short query also tries title similarity. */
const FEW_HITS = 3;
/** Typo tolerance is for short queries: "banjr", "jembtan sungai". */
const FUZZY_MAX_WORDS = 3;
/**
 * strict_word_similarity compares whole words, so "banjr" matches "Banjir" (0.44) but
 * not "Bantuan" or "Bank" (word_similarity gives those 0.5, above the banjir titles' rank
 * at any useful threshold).
 */
const FUZZY_THRESHOLD = "0.4";
/** Fuzzy matches are guesses: two pages of them are plenty. */
const FUZZY_LIMIT = 20;

// ts_headline marks matches with these instead of HTML, and the page turns them into
// <mark> elements: nothing from the database is ever injected as markup.
const MARK_START = "\u0002";
const MARK_END = "\u0003";
// ts_headline drops anything its parser takes for an HTML tag ("<script>"), so "<" is
// swapped for this before the headline and restored after: readers see the text as written.
const LESS_THAN = "\u0001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=12, FragmentDelimiter=" … "`;

export type SnippetPart = { text: string; isMatch: boolean };

export type SearchHit = {
  slug: string;
  title: string;
  excerpt: string;
  /** Passages of the body around the matched words; empty for a title-similarity hit. */
  snippet: SnippetPart[];
  publishedAt: Date;
  category: { slug: string; name: string };
  writer: { displayName: string };
  /** Found by title similarity (a likely typo), not by the words themselves. */
  isApproximate: boolean;
};

export type SearchResults = {
  items: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
};

export type SearchFilters = {
  query: string;
  categorySlug?: string;
  /** Whole days "YYYY-MM-DD" in the portal's time zone, both inclusive. */
  fromDay?: string;
  toDay?: string;
  page: number;
};

type HitRow = {
  slug: string;
  title: string;
  excerpt: string;
  published_at: Date;
  category_slug: string;
  category_name: string;
  writer_name: string;
  headline: string | null;
};

/** Readers' rules and the form's filters: published and due, in the category, within the days. */
function filterSql(filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`${publishedArticleSql(new Date())}
    ${filters.categorySlug ? Prisma.sql`AND c.slug = ${filters.categorySlug}` : Prisma.empty}
    ${filters.fromDay ? Prisma.sql`AND a.published_at >= ${dayStart(filters.fromDay, site.timeZone)}` : Prisma.empty}
    ${filters.toDay ? Prisma.sql`AND a.published_at < ${dayStart(filters.toDay, site.timeZone, 1)}` : Prisma.empty}`;
}

/** "Warga \u0002banjir\u0003 lagi" → text, match, text; "\u0001" back to "<". */
export function toSnippetParts(headline: string): SnippetPart[] {
  // The body's own sentinels are removed before ts_headline, so the pieces alternate.
  return headline
    .replaceAll(MARK_END, MARK_START)
    .split(MARK_START)
    .map((text, index) => ({ text: text.replaceAll(LESS_THAN, "<").replace(/\s+/g, " "), isMatch: index % 2 === 1 }))
    .filter((part) => part.text !== "");
}

function toHit(row: HitRow, isApproximate: boolean): SearchHit {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    snippet: row.headline ? toSnippetParts(row.headline) : [],
    publishedAt: row.published_at,
    category: { slug: row.category_slug, name: row.category_name },
    writer: { displayName: row.writer_name },
    isApproximate,
  };
}

async function countTextMatches(filters: SearchFilters): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total
    FROM articles a JOIN categories c ON c.id = a.category_id
    WHERE a.search_vector @@ websearch_to_tsquery('indonesian', ${filters.query}::text) AND ${filterSql(filters)}`;
  return row?.total ?? 0;
}

/**
 * One page of full-text hits: all query words in the title first, then by ts_rank_cd,
 * newest first on a tie. Headlines are made for the page's rows only (the inner LIMIT).
 */
async function listTextMatches(filters: SearchFilters, offset: number): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    WITH query AS (SELECT websearch_to_tsquery('indonesian', ${filters.query}::text) AS tsq)
    SELECT hit.slug, hit.title, hit.excerpt, hit.published_at, hit.category_slug, hit.category_name, hit.writer_name,
      ts_headline('indonesian', translate(hit.body_text, ${`<${LESS_THAN}${MARK_START}${MARK_END}`}::text, ${LESS_THAN}::text),
        query.tsq, ${HEADLINE_OPTIONS}::text) AS headline
    FROM (
      SELECT a.id, a.slug, a.title, a.excerpt, a.body_text, a.published_at,
        c.slug AS category_slug, c.name AS category_name, w.display_name AS writer_name,
        ts_filter(a.search_vector, '{a}') @@ query.tsq AS in_title,
        ts_rank_cd(a.search_vector, query.tsq) AS rank
      FROM articles a
        JOIN categories c ON c.id = a.category_id
        JOIN users w ON w.id = a.writer_id
        CROSS JOIN query
      WHERE a.search_vector @@ query.tsq AND ${filterSql(filters)}
      ORDER BY in_title DESC, rank DESC, a.published_at DESC, a.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    ) AS hit CROSS JOIN query
    ORDER BY hit.in_title DESC, hit.rank DESC, hit.published_at DESC, hit.id DESC`;
}

/** Titles that look like the query (typos) but were not full-text hits, most similar first. */
async function listSimilarTitles(filters: SearchFilters): Promise<HitRow[]> {
  // The threshold is a setting of the `<<%` operator (which the trigram index serves);
  // set_config(…, true) keeps it to this transaction.
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.strict_word_similarity_threshold', ${FUZZY_THRESHOLD}::text, true)`,
    db.$queryRaw<HitRow[]>`
      SELECT a.slug, a.title, a.excerpt, a.published_at,
        c.slug AS category_slug, c.name AS category_name, w.display_name AS writer_name, NULL AS headline
      FROM articles a
        JOIN categories c ON c.id = a.category_id
        JOIN users w ON w.id = a.writer_id
      WHERE ${filters.query}::text <<% a.title
        AND NOT a.search_vector @@ websearch_to_tsquery('indonesian', ${filters.query}::text)
        AND ${filterSql(filters)}
      ORDER BY strict_word_similarity(${filters.query}::text, a.title) DESC, a.published_at DESC, a.id DESC
      LIMIT ${FUZZY_LIMIT}`,
  ]);
  return rows;
}

function isShortQuery(query: string): boolean {
  // Stop words alone ("di", "dan") are not typos of anything: a word of 3+ letters is needed.
  return query.split(/\s+/).filter(Boolean).length <= FUZZY_MAX_WORDS && /[\p{L}\p{N}]{3,}/u.test(query);
}

/**
 * Searches published, due articles (never drafts, scheduled or future ones) and returns one
 * page of hits. An empty query returns no hits without touching the database.
 */
export async function searchArticles(filters: SearchFilters): Promise<SearchResults> {
  "use cache";
  cacheLife("minutes");
  // Results change whenever any list of published articles does.
  cacheTag(articleTags.lists);

  const page = Math.max(1, Math.trunc(filters.page));
  if (!filters.query.trim()) return { items: [], total: 0, page, pageCount: 0 };

  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const textTotal = await countTextMatches(filters);
  const textRows = offset < textTotal ? await listTextMatches(filters, offset) : [];
  const items = textRows.map((row) => toHit(row, false));

  let total = textTotal;
  // CASE: a short query that found little is probably misspelt; similar titles follow the real hits.
  if (textTotal < FEW_HITS && isShortQuery(filters.query)) {
    const similar = await listSimilarTitles(filters);
    total += similar.length;
    const start = Math.max(0, offset - textTotal);
    for (const row of similar.slice(start, start + SEARCH_PAGE_SIZE - items.length)) items.push(toHit(row, true));
  }

  return { items, total, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE) };
}
