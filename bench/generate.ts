/**
 * `npm run bench:generate -- --articles 100000`: fills the database in DATABASE_URL (or the
 * embedded PGlite, like every other script) with published articles for the benchmark.
 * Migrate first (`npm run db:migrate`). See bench/README.md.
 */
import { z } from "zod";
import { describeDatabaseUrl, openMigrationConnection, type MigrationConnection } from "@/lib/db/migrate";
import { parseCommandLine } from "./cli";
import { benchTagCatalogue, generateBenchData, resetBenchData } from "./generate-lib";

const HELP = `Usage: npm run bench:generate -- [options]

Adds published articles, with staff, tags, view totals and daily views, to the database
in DATABASE_URL (embedded PGlite in PGLITE_DATA_DIR when unset). The database must be migrated.

Options:
  --articles N   articles to create (default 1000)
  --tags N       size of the tag vocabulary, most common first (default 5000, at most ${benchTagCatalogue().length})
  --years N      spread publication dates over the last N years (default 5)
  --seed N       seed for text, dates and tags (default: random; printed)
  --batch N      articles per INSERT (default 500)
  --reset        first delete what earlier runs generated (articles by generated staff,
                 unused generated tags, generated staff)
  --reset-only   delete what earlier runs generated and stop
  -h, --help     show this help
`;

const count = (max: number) => z.coerce.number().int().min(0).max(max);

const optionsSchema = z.object({
  articles: count(10_000_000).default(1000),
  tags: count(benchTagCatalogue().length).default(5000),
  years: z.coerce.number().positive().max(50).default(5),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(() => Math.floor(Math.random() * 2 ** 32)),
  batch: z.coerce.number().int().min(1).max(10_000).default(500),
  reset: z.boolean().default(false),
  "reset-only": z.boolean().default(false),
});

async function main(): Promise<void> {
  const options = parseCommandLine(
    "bench:generate",
    {
      articles: { type: "string" },
      tags: { type: "string" },
      years: { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
      reset: { type: "boolean" },
      "reset-only": { type: "boolean" },
    },
    optionsSchema,
    HELP,
  );
  if (options === null) return;
  const { env } = await import("@/lib/env");
  const target = env.DATABASE_URL ? describeDatabaseUrl(env.DATABASE_URL) : `embedded PGlite in ${env.PGLITE_DATA_DIR}`;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  let connection: MigrationConnection | undefined;
  try {
    connection = await openMigrationConnection({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
    if (options.reset || options["reset-only"]) {
      const reset = await resetBenchData(connection);
      console.log(
        `Reset ${target}: deleted ${reset.articlesDeleted} articles, ${reset.tagsDeleted} tags, ${reset.staffDeleted} staff (${seconds()} s).`,
      );
      if (options["reset-only"]) return;
    }
    console.log(`Generating ${options.articles} articles in ${target} (seed ${options.seed})…`);
    const report = await generateBenchData(connection, {
      articles: options.articles,
      tags: options.tags,
      years: options.years,
      seed: options.seed,
      batchSize: options.batch,
      timeZone: env.SITE_TIME_ZONE,
      log: (line) => console.log(line),
    });
    const [totals] = await connection.query<{ published: number; size: string }>(
      "SELECT count(*)::int AS published, pg_size_pretty(pg_database_size(current_database())) AS size FROM articles WHERE status = 'PUBLISHED'",
    );
    console.log(
      [
        `Done in ${seconds()} s.`,
        `  created: ${report.articlesCreated} articles, ${report.tagLinksCreated} tag links, ${report.dailyViewRowsCreated} daily view rows,`,
        `           ${report.categoriesCreated} categories, ${report.staffCreated} staff, ${report.tagsCreated} tags`,
        `  the database now holds ${totals?.published ?? "?"} published articles (${totals?.size ?? "?"})`,
      ].join("\n"),
    );
  } finally {
    await connection?.close();
  }
}

main().catch((error: unknown) => {
  console.error("bench:generate failed:");
  console.error(error);
  process.exitCode = 1;
});
