import { randomUUID } from "node:crypto";
import { bodyToPlainText, type ArticleBody } from "@/lib/articles/body";
import { pageCountFor, pageHref } from "@/lib/articles/pagination";
import type { MigrationConnection } from "@/lib/db/migrate";
import { BENCH_EMAIL_DOMAIN } from "./generate-lib";

/**
 * "Cold after a publish", the way a reader meets it: public pages are static and every
 * publish invalidates the lists it touches, so the first reader after each publish pays
 * for rendering them again. This schedules an article in the busiest category with the
 * busiest tag (written by a generated staff member, so `bench:generate --reset` removes
 * it), waits for the portal's own scheduler to publish it (its timer ticks every 15 s;
 * publishing and cache invalidation happen inside the portal, exactly as for an editor),
 * then requests each page once and times it. The articles it made are deleted at the end.
 */

const PUBLISH_TIMEOUT_MS = 60_000;

export interface AfterPublishPage {
  name: string;
  /** The address, resolved again after each publish (the last page moves as the list grows). */
  path(): Promise<string>;
}

interface Busiest {
  categoryId: string;
  categorySlug: string;
  tagId: string;
  tagSlug: string;
  writerId: string;
}

/** The busiest category and tag, and a generated writer to write in them. */
export async function busiest(connection: MigrationConnection): Promise<Busiest> {
  const [row] = await connection.query<{
    category_id: string;
    category_slug: string;
    tag_id: string;
    tag_slug: string;
    writer_id: string;
  }>(
    `SELECT c.id::text AS category_id, c.slug AS category_slug, t.id::text AS tag_id, t.slug AS tag_slug,
            (SELECT u.id::text FROM users u WHERE u.email LIKE '%@' || $1 AND u.is_active ORDER BY u.username LIMIT 1) AS writer_id
       FROM (SELECT category_id, count(*) AS n FROM articles WHERE status = 'PUBLISHED' GROUP BY category_id ORDER BY n DESC LIMIT 1) AS bc
       JOIN categories c ON c.id = bc.category_id
      CROSS JOIN LATERAL (SELECT tag_id, count(*) AS n FROM article_tags WHERE article_published_at IS NOT NULL
                           GROUP BY tag_id ORDER BY n DESC LIMIT 1) AS bt
       JOIN tags t ON t.id = bt.tag_id`,
    [BENCH_EMAIL_DOMAIN],
  );
  if (!row?.writer_id) throw new Error("--publishes needs generated data: run `npm run bench:generate` first.");
  return {
    categoryId: row.category_id,
    categorySlug: row.category_slug,
    tagId: row.tag_id,
    tagSlug: row.tag_slug,
    writerId: row.writer_id,
  };
}

async function lastPage(connection: MigrationConnection, sql: string, id: string): Promise<number> {
  const [row] = await connection.query<{ total: number }>(sql, [id]);
  return pageCountFor(Number(row?.total ?? 0));
}

/** The pages a publish in the busiest category, with the busiest tag, makes cold. */
export async function afterPublishPages(connection: MigrationConnection): Promise<AfterPublishPage[]> {
  const target = await busiest(connection);
  const categoryBase = `/kategori/${target.categorySlug}`;
  const tagBase = `/tag/${target.tagSlug}`;
  const categoryCount =
    "SELECT count(*)::int AS total FROM articles WHERE category_id = $1::uuid AND status = 'PUBLISHED' AND published_at <= now()";
  const tagCount =
    "SELECT count(*)::int AS total FROM article_tags WHERE tag_id = $1::uuid AND article_published_at <= now()";
  return [
    { name: "home", path: async () => "/" },
    { name: "popular (7 days)", path: async () => "/terpopuler" },
    { name: "category page 1", path: async () => categoryBase },
    {
      name: "category last page",
      path: async () => pageHref(categoryBase, await lastPage(connection, categoryCount, target.categoryId)),
    },
    { name: "tag page 1", path: async () => tagBase },
    {
      name: "tag last page",
      path: async () => pageHref(tagBase, await lastPage(connection, tagCount, target.tagId)),
    },
  ];
}

/** Schedules one article a second from now and resolves once the portal has published it. */
export async function publishOne(connection: MigrationConnection, target: Busiest, index: number): Promise<string> {
  const id = randomUUID();
  const stamp = `${Date.now().toString(36)}-${index}`;
  const body: ArticleBody = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: `Berita uji beban nomor ${index + 1}.` }] }],
  };
  await connection.query("BEGIN");
  try {
    await connection.query(
      `INSERT INTO articles (id, slug, title, excerpt, body, body_text, dateline, status, scheduled_at,
         writer_id, category_id, version, created_at, updated_at)
       VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6, 'Samarinda', 'SCHEDULED', now() + interval '1 second',
         $7::uuid, $8::uuid, 1, now(), now())`,
      [
        id,
        `uji-beban-terbit-${stamp}`,
        `Uji beban: berita terjadwal ${index + 1}`,
        "Berita yang diterbitkan penjadwal selama pengukuran.",
        JSON.stringify(body),
        bodyToPlainText(body),
        target.writerId,
        target.categoryId,
      ],
    );
    await connection.query(
      "INSERT INTO article_tags (article_id, tag_id, created_at, updated_at) VALUES ($1::uuid, $2::uuid, now(), now())",
      [id, target.tagId],
    );
    await connection.query("COMMIT");
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  const deadline = Date.now() + PUBLISH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const [row] = await connection.query<{ status: string }>(
      "SELECT status::text AS status FROM articles WHERE id = $1::uuid",
      [id],
    );
    if (row?.status === "PUBLISHED") return id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The portal did not publish a scheduled article within ${PUBLISH_TIMEOUT_MS / 1000} s: is its scheduler running on this database?`,
  );
}

export interface AfterPublishResult {
  /** Per page name, the time of its first request after each publish. */
  times: Map<string, number[]>;
  failures: Map<string, number>;
}

/**
 * `count` rounds of: publish one article, then request each page once. `probe` times one
 * request (and reports its status).
 */
export async function measureAfterPublish(
  connection: MigrationConnection,
  baseUrl: string,
  count: number,
  probe: (url: string) => Promise<{ status: number; ms: number }>,
  onRound?: (round: number) => void,
): Promise<AfterPublishResult> {
  const target = await busiest(connection);
  const pages = await afterPublishPages(connection);
  const times = new Map<string, number[]>(pages.map((page) => [page.name, []]));
  const failures = new Map<string, number>();
  const made: string[] = [];
  // Every page once before the first round, so module loading is not what the first round measures.
  for (const page of pages) await probe(`${baseUrl}${await page.path()}`);
  try {
    for (let round = 0; round < count; round += 1) {
      made.push(await publishOne(connection, target, round));
      onRound?.(round);
      for (const page of pages) {
        const result = await probe(`${baseUrl}${await page.path()}`);
        if (result.status === 200) times.get(page.name)?.push(result.ms);
        else failures.set(page.name, (failures.get(page.name) ?? 0) + 1);
      }
    }
  } finally {
    if (made.length > 0) await connection.query("DELETE FROM articles WHERE id = ANY($1::uuid[])", [made]);
  }
  return { times, failures };
}
