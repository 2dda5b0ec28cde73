import { z } from "zod";
import { TIME_ZONE_NAMES } from "@/lib/time";
import { serverEnvSchema } from "@/server/env.mjs";

/**
 * The one place that reads process.env. Every key is validated on import, so a
 * misconfigured deployment fails at start with a message naming the variable,
 * not with a confusing error on the first request.
 */

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://");

export const envSchema = serverEnvSchema
  .extend({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

    /** Postgres server. Unset: the embedded PGlite database in PGLITE_DATA_DIR. */
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
    /** Connections in the pool when DATABASE_URL is set. */
    DATABASE_POOL_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
    /** How long a new connection, or a wait for a free one, may take before the query fails. */
    DATABASE_CONNECT_TIMEOUT_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(100).max(120_000).default(3_000),
    ),
    /** The longest one statement may run; 0 for no limit (long maintenance scripts). */
    DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(3_600_000).default(5_000),
    ),
    /** The longest a statement may wait for a lock another session holds; 0 for no limit. */
    DATABASE_LOCK_TIMEOUT_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(3_600_000).default(2_000),
    ),

    /** Signs session cookies and salts reader fingerprints. At least 32 characters. */
    AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),

    SITE_NAME: z.preprocess(emptyAsUndefined, z.string().min(1).max(80).default("Warta Samarinda")),
    SITE_PUBLISHER: z.preprocess(
      emptyAsUndefined,
      z.string().min(1).max(120).default("Bagian Humas Pemerintah Kota Samarinda"),
    ),
    SITE_REGION: z.preprocess(emptyAsUndefined, z.string().min(1).max(80).default("Kota Samarinda")),
    SITE_TAGLINE: z.preprocess(
      emptyAsUndefined,
      z.string().max(160).default("Kabar resmi dari Pemerintah Kota Samarinda"),
    ),
    SITE_TIME_ZONE: z.preprocess(
      emptyAsUndefined,
      z.enum(TIME_ZONE_NAMES, { error: `must be one of ${TIME_ZONE_NAMES.join(", ")}` }).default("Asia/Makassar"),
    ),
    SITE_CONTACT_EMAIL: z.preprocess(emptyAsUndefined, z.email().default("humas@samarindakota.example")),
    SITE_CONTACT_PHONE: z.preprocess(emptyAsUndefined, z.string().max(40).default("(0541) 700 000")),
    SITE_ADDRESS: z.preprocess(
      emptyAsUndefined,
      z.string().max(200).default("Jl. Kesuma Bangsa No. 1, Samarinda, Kalimantan Timur"),
    ),

    /**
     * The edge cache's purge address(es), comma separated (deploy/edge.sh: the address it
     * listens on). Unset: no edge, nothing to purge.
     */
    EDGE_PURGE_URLS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .transform((value) =>
          value
            .split(",")
            .map((url) => url.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.url({ protocol: /^https?$/ })))
        .default([]),
    ),
    /** Shared with the edge (EDGE_PURGE_SECRET of deploy/edge.sh); 16+ characters. */
    EDGE_PURGE_SECRET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .min(16, "must be at least 16 characters")
        .regex(/^[A-Za-z0-9._~+/=-]+$/, "may contain letters, digits and ._~+/=- only")
        .optional(),
    ),

    /**
     * Where uploaded images are kept: `disk` (MEDIA_DIR; with several instances, a shared
     * volume mounted there on each) or `s3` (an S3-compatible object store, S3_* below).
     */
    MEDIA_STORAGE: z.preprocess(emptyAsUndefined, z.enum(["disk", "s3"]).default("disk")),
    /** Where uploaded images are kept by the local-disk storage backend. */
    MEDIA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/media")),
    /** The object store's base URL (MEDIA_STORAGE=s3), e.g. https://s3.ap-southeast-3.amazonaws.com. */
    S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    S3_BUCKET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid bucket name")
        .optional(),
    ),
    S3_REGION: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{2,40}$/)
        .default("us-east-1"),
    ),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    /** `true`: bucket in the path (MinIO and most self-hosted stores); `false`: in the host name (AWS). */
    S3_FORCE_PATH_STYLE: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("true")),
    /** Prefix of every object key, e.g. `media/`, when the bucket holds other things too. */
    S3_KEY_PREFIX: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^([a-z0-9][a-z0-9-]{0,63}\/){1,4}$/, "lowercase path segments ending with /")
        .optional(),
    ),

    /** The first administrator, created by `npm run db:seed` when no admin exists. */
    SEED_ADMIN_USERNAME: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9_.-]{3,40}$/)
        .default("admin"),
    ),
    SEED_ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().default("admin@warta.example")),
    SEED_ADMIN_PASSWORD: optionalString,
    /** Also create demo staff and demo articles (npm run demo sets it). */
    SEED_DEMO_CONTENT: z.preprocess(emptyAsUndefined, z.enum(["true", "false"]).default("false")),
  })
  .superRefine((value, context) => {
    if (value.MEDIA_STORAGE !== "s3") return;
    for (const key of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!value[key]) context.addIssue({ code: "custom", path: [key], message: "is required when MEDIA_STORAGE=s3" });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment, throwing one error that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/**
 * True while `next build` prerenders. Builds never touch the database: lib/db answers
 * every query as empty during a build (lib/db/build-placeholder.ts).
 */
export const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";

/** Values safe to send to the browser. */
export const publicEnv = {} as const;
