import { randomUUID } from "node:crypto";
import { bodyToPlainText, type ArticleBody, type BodyNode } from "@/lib/articles/body";
import { localDateTimeToUtc, localDay, type IndonesianTimeZone } from "@/lib/time";
import { slugify } from "@/lib/articles/slug";
import type { MigrationConnection } from "@/lib/db/migrate";
import { REFERENCE_CATEGORIES } from "@/prisma/seed-data/categories";
import {
  BULAN,
  CABANG_OLAHRAGA,
  CATEGORY_WORDS,
  CLOSINGS,
  DATELINES,
  EXTRA_TAGS,
  FALLBACK_CATEGORY,
  FIRST_NAMES,
  GENERAL_QUOTES,
  GENERAL_SENTENCES,
  HARI,
  HEADINGS,
  JALAN,
  KECAMATAN,
  KELURAHAN,
  KOMODITAS,
  LAST_NAMES,
  PASAR,
  PUSKESMAS,
  SEKOLAH,
  SUNGAI,
  WISATA,
  type CategoryWords,
} from "./words";

/**
 * Fills a migrated Warta database with published articles at the scale of a Pemda portal
 * that has kept everything for years (bench/generate.ts is the command line). Text is
 * assembled in Node from bench/words.ts; rows travel as arrays in one
 * `INSERT … SELECT FROM unnest(…)` per table per batch, so 100,000 articles take a few
 * hundred round trips instead of a million. Postgres derives the search vector itself,
 * and the daily view rows are computed server-side from each article's total.
 *
 * Runs over the migrator's connection interface, so the same code fills a Postgres
 * server (the bench) and the embedded PGlite (the integration test without a server).
 */

/** Every generated staff account has an address here; `--reset` finds the generated rows through them. */
export const BENCH_EMAIL_DOMAIN = "bench.warta.example";

/**
 * Generated staff can never sign in: no argon2 hash verifies against this, and
 * lib/auth/password.ts answers false (never throws) for a malformed hash.
 */
const NO_SIGN_IN_HASH = "!bench-generated-account-without-password";

/** Days of per-day view rows, ending today; older days exist only in the all-time totals. */
export const DAILY_VIEW_DAYS = 60;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface GenerateOptions {
  articles: number;
  /** Size of the tag vocabulary (at most benchTagCatalogue().length). */
  tags: number;
  /** Publication dates are spread over this many years before now. */
  years: number;
  /** Same seed, same text, dates and tags (ids and the `now` they hang from still differ). */
  seed: number;
  /** Articles per INSERT; bodies make a batch about 5 MB per 1,000. */
  batchSize?: number;
  timeZone: IndonesianTimeZone;
  /** Defaults to the current time; every publication date lies before it. */
  now?: Date;
  log?: (line: string) => void;
}

export interface GenerateReport {
  categoriesCreated: number;
  staffCreated: number;
  tagsCreated: number;
  articlesCreated: number;
  tagLinksCreated: number;
  dailyViewRowsCreated: number;
  /** Slugs of the articles this run created, oldest first. */
  slugs: string[];
}

export interface ResetReport {
  articlesDeleted: number;
  tagsDeleted: number;
  staffDeleted: number;
}

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: small, fast and seedable, which Math.random is not. */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

/** A shuffled copy (Fisher–Yates). */
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Picks index i with probability weights[i] / sum, by binary search over the running sums. */
class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, index) => {
      sum += weight;
      this.cumulative[index] = sum;
    });
  }

  pick(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = random() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** A version 7 UUID (time-ordered, like the app's `uuid(7)` ids) for an instant. */
function uuidV7(milliseconds: number): string {
  const time = Math.max(0, Math.floor(milliseconds)).toString(16).padStart(12, "0");
  // randomUUID gives a v4; its random tail (variant bits included) is reused after our version digit.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomUUID().slice(15)}`;
}

// ---------------------------------------------------------------------------
// Vocabulary: staff and tags

interface BenchStaffMember {
  username: string;
  displayName: string;
  role: "WRITER" | "EDITOR";
  initials: string;
  isActive: boolean;
  /** Share of the generated period (0 = its start, 1 = now) during which the account published. */
  from: number;
  until: number;
}

/** The generated newsroom: 40 writers and 10 editors, some of whom have left (deactivated). */
export function benchStaff(): BenchStaffMember[] {
  const staff: BenchStaffMember[] = [];
  const used = new Set<string>();
  const random = createRandom(20_240_501);
  for (let index = 0; index < 50; index += 1) {
    const role = index < 40 ? "WRITER" : "EDITOR";
    let first: string;
    let last: string;
    do {
      first = pick(random, FIRST_NAMES);
      last = pick(random, LAST_NAMES);
    } while (used.has(`${first} ${last}`));
    used.add(`${first} ${last}`);
    // The first writers and editors cover the whole period, so every date has someone to write and publish.
    const isVeteran = index < 10 || (index >= 40 && index < 44);
    const hasLeft = !isVeteran && index % 5 === 0;
    const from = isVeteran ? 0 : Number((random() * 0.7).toFixed(3));
    const until = hasLeft ? Number(Math.min(0.95, from + 0.15 + random() * 0.3).toFixed(3)) : 1;
    const initials =
      role === "WRITER"
        ? `${first.charAt(0)}${last.slice(0, 2)}`.replace(/^./, (c) => c.toUpperCase())
        : `${first.charAt(0)}${last.charAt(0)}`.toLowerCase();
    staff.push({
      username: `${first}.${last}`.toLowerCase(),
      displayName: `${first} ${last}`,
      role,
      initials,
      isActive: !hasLeft,
      from,
      until,
    });
  }
  return staff;
}

export interface CatalogueTag {
  name: string;
  slug: string;
  /** The category whose beat the tag belongs to, if any. */
  category?: string;
}

/**
 * Every tag the generator can create, most common first: the beats' topics, then
 * institutions, places and yearly events, then topic-and-place pairs ("banjir Sempaja
 * Selatan"), which give the long tail of a portal that tags generously. Deterministic, so
 * `--reset` recognises the tags an earlier run made whatever its seed.
 */
export function benchTagCatalogue(): CatalogueTag[] {
  const tags: CatalogueTag[] = [];
  const slugs = new Set<string>();
  const add = (name: string, category?: string) => {
    const slug = slugify(name, 80);
    if (slug.length === 0 || slugs.has(slug)) return;
    slugs.add(slug);
    tags.push({ name, slug, category });
  };
  const beats = Object.entries(CATEGORY_WORDS);
  const deepest = Math.max(...beats.map(([, words]) => words.topics.length));
  for (let rank = 0; rank < deepest; rank += 1) {
    for (const [category, words] of beats) {
      const topic = words.topics[rank];
      if (topic !== undefined) add(topic, category);
    }
  }
  for (const name of EXTRA_TAGS) add(name);
  for (const name of KECAMATAN) add(`Kecamatan ${name}`);
  for (const [name] of KELURAHAN) add(`Kelurahan ${name}`);
  for (const name of [...WISATA, ...PASAR, ...PUSKESMAS, ...SUNGAI, ...JALAN]) add(name);
  for (const name of SEKOLAH) add(`${name} Samarinda`);
  for (let year = 2018; year <= 2032; year += 1) {
    for (const event of ["APBD", "Musrenbang", "PPDB", "HUT Kota Samarinda", "HUT RI", "Ramadan", "Porprov"]) {
      add(`${event} ${year}`);
    }
  }
  const topics = beats.flatMap(([category, words]) => words.topics.map((topic) => ({ topic, category })));
  for (const [place] of KELURAHAN) {
    for (const { topic, category } of topics) add(`${topic} ${place}`, category);
  }
  for (const place of KECAMATAN) {
    for (const { topic, category } of topics) add(`${topic} ${place}`, category);
  }
  return tags;
}

// ---------------------------------------------------------------------------
// Text

interface StoryContext {
  kelurahan: string;
  kecamatan: string;
  nama: string;
  pejabat: string;
  dinas: string;
  tahun: string;
  hari: string;
}

const formatThousands = (value: number) => value.toLocaleString("id-ID");

/** Values for the slots that are drawn again on every use. */
const FREE_SLOTS: Record<string, (random: Random) => string> = {
  angka: (random) => String(between(random, 2, 48)),
  ratusan: (random) => String(between(random, 12, 95) * 10),
  ribuan: (random) => formatThousands(between(random, 12, 480) * 100),
  persen: (random) => String(between(random, 35, 98)),
  harga: (random) => formatThousands(between(random, 12, 95) * 1000),
  rupiah: (random) =>
    random() < 0.5
      ? `Rp${between(random, 120, 950)} juta`
      : `Rp${between(random, 1, 48)},${between(random, 1, 9)} miliar`,
  apbd: (random) => `Rp${between(random, 3, 6)},${between(random, 1, 9)} triliun`,
  kecamatan2: (random) => pick(random, KECAMATAN),
  jalan: (random) => pick(random, JALAN),
  sekolah: (random) => pick(random, SEKOLAH),
  puskesmas: (random) => pick(random, PUSKESMAS),
  pasar: (random) => pick(random, PASAR),
  sungai: (random) => pick(random, SUNGAI),
  wisata: (random) => pick(random, WISATA),
  olahraga: (random) => pick(random, CABANG_OLAHRAGA),
  komoditas: (random) => pick(random, KOMODITAS),
  bulan: (random) => pick(random, BULAN),
};

const capitalizeWords = (value: string) =>
  value.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

function fill(template: string, random: Random, context: Partial<StoryContext>, isTitle = false): string {
  return template.replace(/\{([a-z0-9]+)\}/g, (whole, slot: string) => {
    const fixed = context[slot as keyof StoryContext];
    const value = fixed ?? FREE_SLOTS[slot]?.(random);
    if (value === undefined) throw new Error(`Unknown slot ${whole} in bench words: ${template}`);
    return isTitle ? capitalizeWords(value) : value;
  });
}

const text = (value: string): BodyNode => ({ type: "paragraph", content: [{ type: "text", text: value }] });

function sentences(random: Random, words: CategoryWords, context: StoryContext, count: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const pool = random() < 0.6 ? words.sentences : GENERAL_SENTENCES;
    const sentence = fill(pick(random, pool), random, context);
    if (!parts.includes(sentence)) parts.push(sentence);
  }
  return parts.join(" ");
}

interface Story {
  title: string;
  excerpt: string;
  body: ArticleBody;
  bodyText: string;
}

function writeStory(random: Random, words: CategoryWords, context: StoryContext): Story {
  const story = pick(random, words.stories);
  const title = fill(pick(random, story.titles), random, context, true).slice(0, 200);
  const lead = fill(story.lead, random, context);
  const content: BodyNode[] = [text(lead)];
  const paragraphs = between(random, 5, 9);
  for (let index = 0; index < paragraphs; index += 1) {
    if (index === 1) {
      const quote = fill(pick(random, random() < 0.6 ? words.quotes : GENERAL_QUOTES), random, context);
      const verb = pick(random, ["kata", "ujar", "tegas", "jelas"]);
      content.push(text(`“${quote},” ${verb} ${context.nama}.`));
      continue;
    }
    if (index === 2 && random() < 0.25) {
      content.push(
        text(
          pick(random, [
            "Kegiatan tersebut meliputi:",
            "Rinciannya sebagai berikut:",
            "Adapun sasarannya antara lain:",
          ]),
        ),
      );
      const items = shuffled(random, words.listItems).slice(0, between(random, 3, 5));
      content.push({ type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [text(item)] })) });
      continue;
    }
    if (index === 4 && random() < 0.3)
      content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: pick(random, HEADINGS) }] });
    if (index === 3) {
      content.push(
        text(
          `${context.pejabat}, ${context.nama}, mengatakan ${lowerFirst(sentences(random, words, context, 1))} ${sentences(random, words, context, between(random, 1, 2))}`,
        ),
      );
      continue;
    }
    content.push(text(sentences(random, words, context, between(random, 2, 4))));
  }
  content.push(text(fill(pick(random, CLOSINGS), random, context)));
  const body: ArticleBody = { type: "doc", content };
  // The excerpt is the lead's first sentence or two, as editors write it, within the 400-character column.
  let excerpt = "";
  for (const sentence of lead.split(/(?<=\.)\s+/)) {
    const next = `${excerpt} ${sentence.trim()}`.trim();
    if (next.length > 300 && excerpt.length > 0) break;
    excerpt = next;
  }
  return { title, excerpt: excerpt.slice(0, 400), body, bodyText: bodyToPlainText(body) };
}

// ---------------------------------------------------------------------------
// Dates and views

/**
 * `count` publication instants over the last `years` years, oldest first: fewer on
 * weekends, more in recent years (portals publish more as they grow), and at newsroom
 * hours in the portal's zone. None lies within five minutes of `now`.
 */
function publicationTimes(
  random: Random,
  count: number,
  years: number,
  now: Date,
  timeZone: IndonesianTimeZone,
): number[] {
  const today = localDay(now, timeZone);
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  // Indonesian zones keep one offset all year, so a single conversion gives it for every date.
  const midnight = localDateTimeToUtc(`${today}T00:00`, timeZone);
  if (midnight === null) throw new Error(`Cannot read ${today} in ${timeZone}`);
  const offset = Date.UTC(year, month - 1, day) - midnight.getTime();

  const days = Math.max(1, Math.round(years * 365.25));
  const weights = Array.from({ length: days }, (_, back) => {
    const weekday = new Date(Date.UTC(year, month - 1, day - back)).getUTCDay();
    const isWeekend = weekday === 0 || weekday === 6;
    return (isWeekend ? 0.4 : 1) * (1 - (0.4 * back) / days);
  });
  const dayPicker = new WeightedPicker(weights);
  // Newsroom hours: the first stories after the 08.00 briefing, a lunch lull, a late-afternoon wave.
  const hourPicker = new WeightedPicker([
    0, 0, 0, 0, 0, 0, 0.2, 0.6, 1, 1.2, 1.3, 1.2, 0.7, 0.9, 1.1, 1, 0.8, 0.5, 0.4, 0.5, 0.4, 0.3, 0.1, 0,
  ]);
  const latest = now.getTime() - 5 * MINUTE;
  const times: number[] = [];
  while (times.length < count) {
    const back = dayPicker.pick(random);
    const wallClock =
      Date.UTC(year, month - 1, day - back) + hourPicker.pick(random) * HOUR + Math.floor(random() * HOUR);
    const instant = wallClock - offset;
    if (instant <= latest) times.push(instant);
  }
  return times.sort((a, b) => a - b);
}

/**
 * All-time views: a long tail where most articles draw a few hundred readers and a few
 * draw tens of thousands; an article from the last week has not collected its share yet.
 */
function totalViews(random: Random, ageDays: number): number {
  const heavyTail = 120 / Math.pow(1 - random(), 0.85);
  const ripeness = ageDays >= 7 ? 1 : 0.15 + (0.85 * ageDays) / 7;
  return Math.min(500_000, Math.floor(heavyTail * ripeness));
}

// ---------------------------------------------------------------------------
// Database

async function ensureCategories(
  connection: MigrationConnection,
  now: Date,
): Promise<{ created: number; categories: { id: string; slug: string }[] }> {
  // Like prisma/seed: create the reference sections that are missing, leave existing ones alone.
  const created = await connection.query(
    `INSERT INTO categories (id, slug, name, description, position, created_at, updated_at)
     SELECT id::uuid, slug, name, description, position, $6::timestamptz, $6::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(id, slug, name, description, position)
     ON CONFLICT (slug) DO NOTHING
     RETURNING id`,
    [
      REFERENCE_CATEGORIES.map(() => uuidV7(now.getTime())),
      REFERENCE_CATEGORIES.map((category) => category.slug),
      REFERENCE_CATEGORIES.map((category) => category.name),
      REFERENCE_CATEGORIES.map((category) => category.description),
      REFERENCE_CATEGORIES.map((category) => category.position),
      now.toISOString(),
    ],
  );
  const categories = await connection.query<{ id: string; slug: string }>(
    "SELECT id::text AS id, slug FROM categories ORDER BY position, slug",
  );
  return { created: created.length, categories };
}

interface StaffRow {
  id: string;
  username: string;
  member: BenchStaffMember;
}

async function ensureStaff(
  connection: MigrationConnection,
  now: Date,
): Promise<{ created: number; staff: StaffRow[] }> {
  const members = benchStaff();
  const created = await connection.query(
    `INSERT INTO users (id, username, display_name, email, password_hash, role, initials, is_active, created_at, updated_at)
     SELECT id::uuid, username, display_name, email, $7, role::"Role", initials, is_active, $8::timestamptz, $8::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $9::boolean[])
       AS t(id, username, display_name, email, role, initials, is_active)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      members.map(() => uuidV7(now.getTime())),
      members.map((member) => member.username),
      members.map((member) => member.displayName),
      members.map((member) => `${member.username}@${BENCH_EMAIL_DOMAIN}`),
      members.map((member) => member.role),
      members.map((member) => member.initials),
      NO_SIGN_IN_HASH,
      now.toISOString(),
      members.map((member) => member.isActive),
    ],
  );
  const rows = await connection.query<{ id: string; username: string }>(
    "SELECT id::text AS id, username FROM users WHERE email LIKE $1",
    [`%@${BENCH_EMAIL_DOMAIN}`],
  );
  const byUsername = new Map(members.map((member) => [member.username, member]));
  const staff = rows.flatMap((row) => {
    const member = byUsername.get(row.username);
    return member ? [{ id: row.id, username: row.username, member }] : [];
  });
  return { created: created.length, staff };
}

async function ensureTags(
  connection: MigrationConnection,
  count: number,
  now: Date,
): Promise<{ created: number; tags: { id: string; category?: string }[] }> {
  const catalogue = benchTagCatalogue().slice(0, count);
  const created = await connection.query(
    `INSERT INTO tags (id, slug, name, created_at, updated_at)
     SELECT id::uuid, slug, name, $4::timestamptz, $4::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, slug, name)
     ON CONFLICT (slug) DO NOTHING
     RETURNING id`,
    [
      catalogue.map(() => uuidV7(now.getTime())),
      catalogue.map((tag) => tag.slug),
      catalogue.map((tag) => tag.name),
      now.toISOString(),
    ],
  );
  const rows = await connection.query<{ id: string; slug: string }>(
    "SELECT id::text AS id, slug FROM tags WHERE slug = ANY($1::text[])",
    [catalogue.map((tag) => tag.slug)],
  );
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  // Catalogue order is popularity order; a tag an editor deleted mid-run is simply skipped.
  const tags = catalogue.flatMap((tag) => {
    const id = ids.get(tag.slug);
    return id ? [{ id, category: tag.category }] : [];
  });
  return { created: created.length, tags };
}

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  bodyText: string;
  dateline: string;
  coverImageId: string | null;
  coverCaption: string;
  publishedAt: string;
  createdAt: string;
  updatedAt: string;
  writerId: string;
  editorId: string;
  categoryId: string;
  views: number;
  tagIds: string[];
}

/** Inserts one batch with its stats, tags and daily views, in one transaction. */
async function insertBatch(
  connection: MigrationConnection,
  rows: ArticleRow[],
  now: Date,
  timeZone: string,
): Promise<{ tagLinks: number; dailyRows: number }> {
  const column = <K extends keyof ArticleRow>(key: K) => rows.map((row) => row[key]);
  const nowIso = now.toISOString();
  await connection.query("BEGIN");
  try {
    await connection.query(
      `INSERT INTO articles (id, slug, title, excerpt, body, body_text, dateline, cover_image_id, cover_caption, status,
         published_at, writer_id, editor_id, category_id, version, created_at, updated_at)
       SELECT id::uuid, slug, title, excerpt, body::jsonb, body_text, dateline, cover_image_id::uuid, cover_caption, 'PUBLISHED',
         published_at::timestamptz, writer_id::uuid, editor_id::uuid, category_id::uuid, 1, created_at::timestamptz, updated_at::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[])
         AS t(id, slug, title, excerpt, body, body_text, dateline, cover_image_id, cover_caption,
           published_at, writer_id, editor_id, category_id, created_at, updated_at)`,
      [
        column("id"),
        column("slug"),
        column("title"),
        column("excerpt"),
        column("body"),
        column("bodyText"),
        column("dateline"),
        column("coverImageId"),
        column("coverCaption"),
        column("publishedAt"),
        column("writerId"),
        column("editorId"),
        column("categoryId"),
        column("createdAt"),
        column("updatedAt"),
      ],
    );
    await connection.query(
      `INSERT INTO article_stats (article_id, views, created_at, updated_at)
       SELECT article_id::uuid, views, created_at::timestamptz, $4::timestamptz
       FROM unnest($1::text[], $2::bigint[], $3::text[]) AS t(article_id, views, created_at)`,
      [column("id"), column("views"), column("publishedAt"), nowIso],
    );
    const links = rows.flatMap((row) => row.tagIds.map((tagId) => [row.id, tagId, row.publishedAt] as const));
    if (links.length > 0) {
      await connection.query(
        `INSERT INTO article_tags (article_id, tag_id, created_at, updated_at)
         SELECT article_id::uuid, tag_id::uuid, created_at::timestamptz, created_at::timestamptz
         FROM unnest($1::text[], $2::text[], $3::text[]) AS t(article_id, tag_id, created_at)`,
        [links.map((link) => link[0]), links.map((link) => link[1]), links.map((link) => link[2])],
      );
    }
    const viewed = rows.filter((row) =>
      mayHaveDailyViews(row.views, (now.getTime() - Date.parse(row.publishedAt)) / DAY),
    );
    const daily = await connection.query<{ count: number }>(DAILY_VIEWS_SQL, [
      viewed.map((row) => row.id),
      timeZone,
      nowIso,
      DAILY_VIEW_DAYS,
      viewed.map((row) => row.publishedAt),
      viewed.map((row) => row.views),
    ]);
    await connection.query("COMMIT");
    return { tagLinks: links.length, dailyRows: Number(daily[0]?.count ?? 0) };
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** Day i's weight in DAILY_VIEWS_SQL, and the sum of weights over days 0…life. */
const dayWeight = (i: number) => Math.exp(-i / 2.2) + 0.05 * Math.exp(-i / 40) + 0.002;
const lifeWeight = (life: number) =>
  (1 - Math.exp(-(life + 1) / 2.2)) / (1 - Math.exp(-1 / 2.2)) +
  (0.05 * (1 - Math.exp(-(life + 1) / 40))) / (1 - Math.exp(-1 / 40)) +
  0.002 * (life + 1);

/**
 * Whether DAILY_VIEWS_SQL could give the article any row at all: most old articles with a
 * modest total round to zero on every day of the window, and skipping them halves the
 * work. Errs towards yes (a day more of age either way), so it never drops a real row.
 */
function mayHaveDailyViews(total: number, ageDays: number): boolean {
  const life = Math.max(0, Math.floor(ageDays));
  const firstDayInWindow = Math.max(0, life - DAILY_VIEW_DAYS - 1);
  return (total * dayWeight(firstDayInWindow)) / lifeWeight(Math.max(0, life - 1)) >= 1;
}

/**
 * Per-day views for the last $4 days, derived from each article's total ($1 ids, $5
 * publication instants, $6 totals, straight from the batch, so no table is scanned): most of it in
 * the days right after publication, a thinner wave over the next weeks and a trickle
 * for ever after (w(i) = e^(-i/2.2) + 0.05·e^(-i/40) + 0.002 on day i). Each day gets its
 * share of the weights summed over the article's whole life, scaled by a noise factor of
 * at most 1 and rounded down, so a day never exceeds its share and the days in the
 * window never add up to more than the total.
 */
const DAILY_VIEWS_SQL = `
WITH inserted AS (
  INSERT INTO article_daily_views (article_id, day, views, created_at, updated_at)
  SELECT article_id, day, views, $3::timestamptz, $3::timestamptz
  FROM (
    SELECT s.article_id, g.day::date AS day,
      -- float8 throughout: exp() of a numeric is exact and about a hundred times slower. Postgres
      -- raises an error rather than round exp(-800) to 0, hence least().
      floor(
        s.views
        * (exp(-least(g.age / 2.2, 700)) + 0.05 * exp(-least(g.age / 40.0, 700)) + 0.002)
        * (0.5 + 0.5 * (hashtext(s.article_id::text || g.day::date::text) & 1023)::float8 / 1023.0)
        / ((1 - exp(-least((d.life + 1) / 2.2, 700))) / (1 - exp(-1 / 2.2::float8))
           + 0.05 * (1 - exp(-least((d.life + 1) / 40.0, 700))) / (1 - exp(-1 / 40.0::float8))
           + 0.002 * (d.life + 1))
      )::bigint AS views
    FROM unnest($1::uuid[], $5::timestamptz[], $6::bigint[]) AS s(article_id, published_at, views)
    CROSS JOIN LATERAL (
      SELECT (s.published_at AT TIME ZONE $2)::date AS first_day, ($3::timestamptz AT TIME ZONE $2)::date AS today
    ) f
    CROSS JOIN LATERAL (SELECT (f.today - f.first_day)::float8 AS life) d
    CROSS JOIN LATERAL (
      SELECT day, (day::date - f.first_day)::float8 AS age
      FROM generate_series(greatest(f.first_day, f.today - ($4::int - 1)), f.today, interval '1 day') AS series(day)
    ) g
  ) computed
  WHERE views > 0
  RETURNING 1
)
SELECT count(*)::int AS count FROM inserted`;

/**
 * Creates `options.articles` published articles (plus the categories, staff and tags
 * they need) and returns what it made. A second run adds more articles; slugs never clash
 * with existing ones.
 */
export async function generateBenchData(
  connection: MigrationConnection,
  options: GenerateOptions,
): Promise<GenerateReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 500;
  const random = createRandom(options.seed);

  // Bench rows only; losing the last commit in a crash costs a rerun, and the batches go faster.
  await connection.query("SET synchronous_commit = off").catch(() => undefined);
  // New rows queue up in the GIN indexes' pending lists and are merged in larger, cheaper runs.
  await connection.query("SET gin_pending_list_limit = '32MB'").catch(() => undefined);
  await connection.query("SET work_mem = '64MB'").catch(() => undefined);

  const { created: categoriesCreated, categories } = await ensureCategories(connection, now);
  const { created: staffCreated, staff } = await ensureStaff(connection, now);
  const { created: tagsCreated, tags } = await ensureTags(connection, options.tags, now);
  const covers = await connection.query<{ id: string }>("SELECT id::text AS id FROM media ORDER BY id LIMIT 200");
  const taken = new Set((await connection.query<{ slug: string }>("SELECT slug FROM articles")).map((row) => row.slug));
  log(
    `Vocabulary ready: ${categories.length} categories, ${staff.length} staff, ${tags.length} tags, ${covers.length} cover images.`,
  );

  const categoryPicker = new WeightedPicker(categories.map((category) => CATEGORY_WEIGHTS[category.slug] ?? 5));
  const tagPicker = new WeightedPicker(tags.map((_, rank) => 1 / (rank + 1)));
  const tagsByCategory = new Map<string, string[]>();
  for (const tag of tags) {
    if (tag.category) tagsByCategory.set(tag.category, [...(tagsByCategory.get(tag.category) ?? []), tag.id]);
  }
  const tagCountPicker = new WeightedPicker([10, 15, 25, 25, 15, 10]);
  const datelinePicker = new WeightedPicker(DATELINES.map(([, weight]) => weight));
  const writers = staff.filter((row) => row.member.role === "WRITER");
  const editors = staff.filter((row) => row.member.role === "EDITOR");
  if (writers.length === 0 || editors.length === 0 || categories.length === 0) {
    throw new Error(
      "Cannot generate articles: the bench writers, editors or categories are missing (see the messages above).",
    );
  }

  const times = publicationTimes(random, options.articles, options.years, now, options.timeZone);
  const firstTime = times[0] ?? now.getTime();
  const span = Math.max(1, now.getTime() - firstTime);

  const makeRow = (publishedAt: number): ArticleRow => {
    const category = categories[categoryPicker.pick(random)] ?? categories[0];
    if (!category) throw new Error("no category");
    const words = CATEGORY_WORDS[category.slug] ?? CATEGORY_WORDS[FALLBACK_CATEGORY];
    if (!words) throw new Error(`bench/words.ts has no words for ${FALLBACK_CATEGORY}`);
    const share = (publishedAt - firstTime) / span;
    const onDuty = (rows: StaffRow[]) => {
      const present = rows.filter((row) => row.member.from <= share && share <= row.member.until);
      return present.length > 0 ? present : rows;
    };
    const [kelurahan, kecamatan] = pick(random, KELURAHAN);
    const day = localDay(new Date(publishedAt), options.timeZone);
    const base = { kelurahan, kecamatan, nama: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}` };
    const context: StoryContext = {
      ...base,
      pejabat: fill(pick(random, words.pejabat), random, base),
      dinas: pick(random, words.dinas),
      tahun: day.slice(0, 4),
      hari: HARI[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? "Senin",
    };
    const story = writeStory(random, words, context);

    let slug = slugify(story.title);
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${slugify(story.title, 94)}-${suffix}`;
    taken.add(slug);

    const tagIds = new Set<string>();
    const tagCount = tagCountPicker.pick(random);
    const beat = tagsByCategory.get(category.slug) ?? [];
    if (tagCount > 0 && beat.length > 0 && random() < 0.7) tagIds.add(pick(random, beat.slice(0, 6)));
    for (let attempt = 0; tagIds.size < tagCount && attempt < tagCount * 4; attempt += 1) {
      const tag = tags[tagPicker.pick(random)];
      if (tag) tagIds.add(tag.id);
    }

    const createdAt = publishedAt - between(random, 40, 360) * MINUTE;
    // One article in ten was corrected after publication.
    const updatedAt =
      random() < 0.1 ? Math.min(now.getTime(), publishedAt + between(random, 10, 2_880) * MINUTE) : publishedAt;
    const cover = covers.length > 0 && random() < 0.7 ? pick(random, covers) : null;
    return {
      id: uuidV7(createdAt),
      slug,
      title: story.title,
      excerpt: story.excerpt,
      body: JSON.stringify(story.body),
      bodyText: story.bodyText,
      dateline: DATELINES[datelinePicker.pick(random)]?.[0] ?? "Samarinda",
      coverImageId: cover?.id ?? null,
      coverCaption: cover
        ? `Suasana kegiatan di Kelurahan ${kelurahan}, Kecamatan ${kecamatan}. (Foto: Humas Pemkot Samarinda)`
        : "",
      publishedAt: new Date(publishedAt).toISOString(),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
      writerId: pick(random, onDuty(writers)).id,
      editorId: pick(random, onDuty(editors)).id,
      categoryId: category.id,
      views: totalViews(random, (now.getTime() - publishedAt) / DAY),
      tagIds: [...tagIds],
    };
  };

  const report: GenerateReport = {
    categoriesCreated,
    staffCreated,
    tagsCreated,
    articlesCreated: 0,
    tagLinksCreated: 0,
    dailyViewRowsCreated: 0,
    slugs: [],
  };
  const started = performance.now();
  let loggedTenths = 0;
  let pending: Promise<void> = Promise.resolve();
  for (let start = 0; start < times.length; start += batchSize) {
    // Text for the next batch is built while Postgres indexes the previous one.
    const rows = times.slice(start, start + batchSize).map(makeRow);
    await pending;
    pending = insertBatch(connection, rows, now, options.timeZone).then((counts) => {
      report.articlesCreated += rows.length;
      report.tagLinksCreated += counts.tagLinks;
      report.dailyViewRowsCreated += counts.dailyRows;
      report.slugs.push(...rows.map((row) => row.slug));
      const tenths = Math.floor((report.articlesCreated * 10) / times.length);
      if (tenths > loggedTenths) {
        loggedTenths = tenths;
        const seconds = (performance.now() - started) / 1000;
        log(
          `  ${report.articlesCreated.toLocaleString("en")} / ${times.length.toLocaleString("en")} articles (${seconds.toFixed(0)} s)`,
        );
      }
    });
  }
  await pending;
  // Planner statistics and visibility maps as a long-lived database has them (autovacuum would
  // get there later): without them the first bench run measures a planner that thinks the
  // tables are empty, and no index-only scan.
  await connection.query(
    "VACUUM (ANALYZE) articles, article_stats, article_tags, article_daily_views, tags, users, categories",
  );
  return report;
}

/** Share of articles per reference section: Pemda portals write most about the government itself. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  pemerintahan: 20,
  ekonomi: 10,
  kesehatan: 10,
  pendidikan: 9,
  infrastruktur: 12,
  "sosial-budaya": 9,
  lingkungan: 7,
  olahraga: 8,
  pariwisata: 6,
  "keamanan-ketertiban": 9,
};

/**
 * Removes what the generator made: articles written by the generated staff (their
 * stats, daily views and tag links go with them through ON DELETE CASCADE), catalogue
 * tags no article uses any more, and the generated staff. Rows anyone else created stay.
 */
export async function resetBenchData(connection: MigrationConnection): Promise<ResetReport> {
  const domain = `%@${BENCH_EMAIL_DOMAIN}`;
  const counted = async (sql: string, params: unknown[]) =>
    Number(
      (
        await connection.query<{ count: number }>(
          `WITH deleted AS (${sql} RETURNING 1) SELECT count(*)::int AS count FROM deleted`,
          params,
        )
      )[0]?.count ?? 0,
    );
  const articlesDeleted = await counted(
    "DELETE FROM articles WHERE writer_id IN (SELECT id FROM users WHERE email LIKE $1)",
    [domain],
  );
  const tagsDeleted = await counted(
    `DELETE FROM tags WHERE slug = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM article_tags WHERE article_tags.tag_id = tags.id)`,
    [benchTagCatalogue().map((tag) => tag.slug)],
  );
  const staffDeleted = await counted(
    `DELETE FROM users WHERE email LIKE $1
       AND NOT EXISTS (SELECT 1 FROM articles WHERE articles.writer_id = users.id)`,
    [domain],
  );
  return { articlesDeleted, tagsDeleted, staffDeleted };
}
