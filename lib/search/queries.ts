import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache";
import { publishedArticleSql } from "@/lib/articles/visibility";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { site } from "@/lib/site";
import { dayStart } from "@/lib/time";
import {
  applyCorrections,
  correctableWords,
  excludedQuery,
  looseWords,
  parseQueryTerms,
  requiredPhrasesQuery,
  type QueryTerm,
} from "./query-terms";

/**
 * Reader search over published articles: Postgres full-text search on the generated
 * `articles.search_vector` (title A, excerpt B, body C, `indonesian` stemming), with a
 * trigram fallback on titles for short queries that find little (typos).
 *
 * The work is bounded however common a word is. A search first collects the newest
 * matches, at most SEARCH_CANDIDATE_LIMIT of them, window by window of publish time (the
 * last week, then the rest of the month, of the quarter, …): each window is one bitmap of
 * the search index and a publish-time index, so only matching rows are read, and the
 * search stops as soon as it has enough. Only those candidates are ranked (all query words in the
 * title first, then ts_rank_cd, then the newer one), and only the ten shown get a
 * headline. A word in most articles ("kelurahan") thus costs what a rare one does, and
 * the count it shows is "lebih dari 1.000" rather than a scan of every match.
 *
 * Every query is a `$queryRaw` tagged template: the reader's text only ever travels as
 * a bind parameter, and `websearch_to_tsquery` accepts any text without a syntax error.
 */

export const SEARCH_PAGE_SIZE = 10;
/** The most matches a search ranks; beyond it the count reads "lebih dari 1.000". */
export const SEARCH_CANDIDATE_LIMIT = 1_000;
/**
 * Windows of publish time the newest matches are collected from, in days back from now,
 * newest first; null is everything older. Each is a few times the one before, so the
 * window that completes the candidates holds at most a few times more than needed.
 */
const SEARCH_WINDOW_DAYS = [7, 30, 90, 365, 3 * 365, null] as const;
const DAY_MS = 86_400_000;
/** ts_headline reads the whole text it is given: a very long body is cut here for the snippet. */
const HEADLINE_TEXT_LIMIT = 10_000;

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
/** How similar (pg_trgm `similarity`) a vocabulary word must be to suggest it: "samrinda" → "samarinda" is 0.58. */
const SUGGEST_THRESHOLD = "0.4";
/** Fuzzy matches are guesses: two pages of them are plenty. */
const FUZZY_LIMIT = 20;
/** The newest similar titles the fuzzy guesses are ranked among. */
const FUZZY_CANDIDATE_LIMIT = 200;

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
  /** Matches found; when isTotalCapped, the search stopped counting here ("lebih dari"). */
  total: number;
  isTotalCapped: boolean;
  page: number;
  pageCount: number;
  /** The query with misspelt words corrected ("Maksud Anda: …"), when its hits are included. */
  suggestion: string | null;
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

/** Readers' rules and the form's category: published and due, in the category (days are cut by searchWindows). */
function filterSql(filters: SearchFilters, now: Date): Prisma.Sql {
  return Prisma.sql`${publishedArticleSql(now)}
    ${filters.categorySlug ? Prisma.sql`AND a.category_id = (SELECT id FROM categories WHERE slug = ${filters.categorySlug})` : Prisma.empty}`;
}

/** The reader's day filters as an instant range: [from, to). */
function dayRange(filters: SearchFilters): { from: number; to: number } {
  return {
    from: filters.fromDay ? dayStart(filters.fromDay, site.timeZone).getTime() : -Infinity,
    to: filters.toDay ? dayStart(filters.toDay, site.timeZone, 1).getTime() : Infinity,
  };
}

/**
 * SEARCH_WINDOW_DAYS as publish-time ranges (from, to], newest first, cut to the reader's
 * day filters; windows outside them are left out.
 */
function searchWindows(filters: SearchFilters, now: Date): { from: Date | null; to: Date }[] {
  const days = dayRange(filters);
  const windows: { from: Date | null; to: Date }[] = [];
  let upper = now.getTime();
  for (const back of SEARCH_WINDOW_DAYS) {
    const lower = back === null ? -Infinity : now.getTime() - back * DAY_MS;
    const from = Math.max(lower, days.from - 1);
    const to = Math.min(upper, days.to - 1);
    if (to > from) windows.push({ from: Number.isFinite(from) ? new Date(from) : null, to: new Date(to) });
    upper = lower;
  }
  return windows;
}

type Candidate = { id: string; published_at: Date };

const newestFirst = (a: Candidate, b: Candidate) =>
  b.published_at.getTime() - a.published_at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The ids of the newest `limit` published articles that `match`, newest first, and
 * whether those are all of them. One query per window of publish time (searchWindows),
 * newest first, until more than `limit` are found. `client` is the transaction a
 * setting (the trigram threshold) lives in.
 */
async function newestMatches(
  client: Pick<typeof db, "$queryRaw">,
  match: Prisma.Sql,
  filters: SearchFilters,
  limit: number,
  now: Date,
): Promise<{ ids: string[]; isComplete: boolean }> {
  const found: Candidate[] = [];
  for (const window of searchWindows(filters, now)) {
    const rows = await client.$queryRaw<Candidate[]>`
      SELECT a.id::text AS id, a.published_at
        FROM articles a
       WHERE ${match} AND ${filterSql(filters, now)}
         AND a.published_at <= ${window.to}
         ${window.from ? Prisma.sql`AND a.published_at > ${window.from}` : Prisma.empty}`;
    found.push(...rows.sort(newestFirst));
    if (found.length > limit) break;
  }
  return { ids: found.slice(0, limit).map((row) => row.id), isComplete: found.length <= limit };
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

/**
 * One page of the candidates, ranked: all query words in the title first, then by
 * ts_rank_cd, newest first on a tie. Headlines are made for the page's rows only (the
 * inner LIMIT), from at most HEADLINE_TEXT_LIMIT characters of the body.
 */
async function rankMatches(query: string, ids: string[], offset: number, limit: number, now: Date): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>`
    WITH query AS (SELECT websearch_to_tsquery('indonesian', ${query}::text) AS tsq)
    SELECT hit.slug, hit.title, hit.excerpt, hit.published_at, hit.category_slug, hit.category_name, hit.writer_name,
      ts_headline('indonesian',
        translate(left(hit.body_text, ${HEADLINE_TEXT_LIMIT}), ${`<${LESS_THAN}${MARK_START}${MARK_END}`}::text, ${LESS_THAN}::text),
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
      WHERE a.id = ANY(${ids}::uuid[]) AND ${publishedArticleSql(now)}
      ORDER BY in_title DESC, rank DESC, a.published_at DESC, a.id DESC
      LIMIT ${limit} OFFSET ${offset}
    ) AS hit CROSS JOIN query
    ORDER BY hit.in_title DESC, hit.rank DESC, hit.published_at DESC, hit.id DESC`;
}

/** A websearch query as a full-text match on the article. */
function textMatchSql(query: string): Prisma.Sql {
  return Prisma.sql`a.search_vector @@ websearch_to_tsquery('indonesian', ${query}::text)`;
}

/**
 * Titles that look like the query's loose words (typos) but were not full-text hits, most
 * similar first, then newest: ranked among the newest FUZZY_CANDIDATE_LIMIT similar titles.
 * The query's phrases must still match and its excluded words must not: a guess never
 * shows what the reader ruled out.
 */
async function listSimilarTitles(
  filters: SearchFilters,
  terms: readonly QueryTerm[],
  knownIds: string[],
  now: Date,
): Promise<HitRow[]> {
  const words = looseWords(terms).join(" ");
  const phrases = requiredPhrasesQuery(terms);
  const excluded = excludedQuery(terms);
  return db.$transaction(async (tx) => {
    // The threshold is a setting of the `<<%` operator (which the trigram index serves);
    // set_config(…, true) keeps it to this transaction.
    await tx.$queryRaw`SELECT set_config('pg_trgm.strict_word_similarity_threshold', ${FUZZY_THRESHOLD}::text, true)`;
    const match = Prisma.sql`${words}::text <<% a.title
      ${phrases ? Prisma.sql`AND ${textMatchSql(phrases)}` : Prisma.empty}
      ${excluded ? Prisma.sql`AND NOT (${textMatchSql(excluded)})` : Prisma.empty}`;
    const { ids } = await newestMatches(tx, match, filters, FUZZY_CANDIDATE_LIMIT, now);
    const candidates = ids.filter((id) => !knownIds.includes(id));
    if (candidates.length === 0) return [];
    return tx.$queryRaw<HitRow[]>`
      SELECT a.slug, a.title, a.excerpt, a.published_at,
        c.slug AS category_slug, c.name AS category_name, w.display_name AS writer_name, NULL AS headline
      FROM articles a
        JOIN categories c ON c.id = a.category_id
        JOIN users w ON w.id = a.writer_id
      WHERE a.id = ANY(${candidates}::uuid[])
      ORDER BY strict_word_similarity(${words}::text, a.title) DESC, a.published_at DESC, a.id DESC
      LIMIT ${FUZZY_LIMIT}`;
  });
}

/**
 * The query with its misspelt words replaced by the most similar word of the published
 * articles (search_words, kept by a trigger), or null when every word occurs in them or
 * nothing is similar enough. Among equally similar words the more common one wins
 * ("banjr": "banjir" rather than "banjar" when more articles say banjir).
 */
export async function suggestQuery(query: string): Promise<string | null> {
  const terms = parseQueryTerms(query);
  const words = correctableWords(terms);
  if (words.length === 0) return null;
  const rows = await db.$transaction(async (tx) => {
    // The `%` operator's threshold (served by the trigram index on search_words.word).
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${SUGGEST_THRESHOLD}::text, true)`;
    return tx.$queryRaw<{ typed: string; suggestion: string }[]>`
      SELECT typed.word AS typed, best.word AS suggestion
        FROM unnest(${words}::text[]) AS typed(word)
        CROSS JOIN LATERAL (
          SELECT w.word FROM search_words w
           WHERE w.word % typed.word AND w.articles > 0
           ORDER BY similarity(w.word, typed.word) DESC, w.articles DESC, w.word
           LIMIT 1
        ) AS best
       WHERE NOT EXISTS (SELECT 1 FROM search_words own WHERE own.word = typed.word AND own.articles > 0)`;
  });
  return applyCorrections(terms, new Map(rows.map((row) => [row.typed, row.suggestion])));
}

/** Hits from one way of matching, fetched a slice at a time. */
type HitSource = { count: number; fetch: (offset: number, limit: number) => Promise<SearchHit[]> };

/** The page at `offset` of the sources laid end to end. */
async function pageOf(sources: readonly HitSource[], offset: number): Promise<SearchHit[]> {
  const items: SearchHit[] = [];
  let skip = offset;
  for (const source of sources) {
    if (items.length >= SEARCH_PAGE_SIZE) break;
    if (skip >= source.count) {
      skip -= source.count;
      continue;
    }
    items.push(...(await source.fetch(skip, SEARCH_PAGE_SIZE - items.length)));
    skip = 0;
  }
  return items;
}

/** Full-text hits `ids`, ranked against `query`. */
function textSource(query: string, ids: string[], now: Date): HitSource {
  return {
    count: ids.length,
    fetch: async (offset, limit) => (await rankMatches(query, ids, offset, limit, now)).map((row) => toHit(row, false)),
  };
}

function isShortQuery(words: readonly string[]): boolean {
  // Stop words alone ("di", "dan") are not typos of anything: a word of 3+ letters is needed.
  return words.length > 0 && words.length <= FUZZY_MAX_WORDS && words.some((word) => /[\p{L}\p{N}]{3,}/u.test(word));
}

/**
 * Searches published, due articles (never drafts, scheduled or future ones) and returns one
 * page of hits. An empty query returns no hits without touching the database.
 * `candidateLimit` is SEARCH_CANDIDATE_LIMIT except in tests.
 */
export async function searchArticles(
  filters: SearchFilters,
  candidateLimit: number = SEARCH_CANDIDATE_LIMIT,
): Promise<SearchResults> {
  "use cache";
  cacheLife("minutes");
  // Results change whenever any list of published articles does.
  cacheTag(articleTags.lists);

  const page = Math.max(1, Math.trunc(filters.page));
  if (!filters.query.trim()) return { items: [], total: 0, isTotalCapped: false, page, pageCount: 0, suggestion: null };

  const now = new Date();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const terms = parseQueryTerms(filters.query);
  const text = await newestMatches(db, textMatchSql(filters.query), filters, candidateLimit, now);
  const sources: HitSource[] = [textSource(filters.query, text.ids, now)];
  const knownIds = [...text.ids];
  let isTotalCapped = !text.isComplete;
  let suggestion: string | null = null;

  // CASE: the query found little: perhaps a word is misspelt. What the corrected query
  // finds follows the real hits, under "Maksud Anda: …".
  if (text.isComplete && knownIds.length < FEW_HITS) {
    const corrected = await suggestQuery(filters.query);
    if (corrected) {
      const found = await newestMatches(db, textMatchSql(corrected), filters, candidateLimit, now);
      if (found.ids.length > 0) {
        suggestion = corrected;
        const extra = found.ids.filter((id) => !knownIds.includes(id));
        sources.push(textSource(corrected, extra, now));
        knownIds.push(...extra);
        isTotalCapped ||= !found.isComplete;
      }
    }
  }
  // CASE: still little for a short query: similar titles follow, as guesses.
  if (!isTotalCapped && knownIds.length < FEW_HITS && isShortQuery(looseWords(terms))) {
    const similar = (await listSimilarTitles(filters, terms, knownIds, now)).map((row) => toHit(row, true));
    sources.push({ count: similar.length, fetch: async (start, limit) => similar.slice(start, start + limit) });
  }

  const total = sources.reduce((sum, source) => sum + source.count, 0);
  const items = await pageOf(sources, offset);
  return { items, total, isTotalCapped, page, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), suggestion };
}
