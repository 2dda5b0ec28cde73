import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * Opens the embedded Postgres used when DATABASE_URL is unset. The extensions the
 * migrations create (pg_trgm, unaccent) must be loaded here, because PGlite can only
 * CREATE EXTENSION for contrib modules it was handed at start.
 *
 * `dataDir` "memory://" keeps everything in memory (tests); any other value is a folder.
 * PGlite allows one process per folder: the portal, `db:migrate` and `db:seed` take turns.
 */
export function openPglite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  return new PGlite(dataDir, { extensions: { pg_trgm, unaccent } });
}
