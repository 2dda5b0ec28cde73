import "server-only";
import { constants } from "node:fs";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { isStorageKey } from "./keys";
import { createS3Storage } from "./s3-storage";

/**
 * Where image bytes live. Keys are built by lib/media from a server-generated id
 * (`<uuid>/960.webp`), never from user input, and every backend re-checks them against
 * isStorageKey (./keys.ts). Two backends: a local folder (the default; with several instances, a
 * shared volume such as NFS mounted at MEDIA_DIR on each), and an S3-compatible object store
 * (MEDIA_STORAGE=s3, ./s3-storage.ts). getMediaStorage() picks one from the environment.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Resolves when the storage can be written to now (health checks); rejects with the reason otherwise. */
  check(): Promise<void>;
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid media storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}

export function assertValidKey(key: string): void {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
}

/** Files under one root folder, which is created on first write. */
export function createDiskStorage(rootDir: string): MediaStorage {
  const root = path.resolve(rootDir);

  function resolveKey(key: string): string {
    assertValidKey(key);
    const target = path.resolve(root, ...key.split("/"));
    // The pattern already rules out "..", this guards against a future pattern change.
    const relative = path.relative(root, target);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
      throw new InvalidStorageKeyError(key);
    return target;
  }

  return {
    async put(key, bytes) {
      const target = resolveKey(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write beside, then rename: a reader never sees half a file.
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async get(key) {
      const target = resolveKey(key);
      try {
        return new Uint8Array(await readFile(target));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(resolveKey(key), { force: true });
    },
    async check() {
      await mkdir(root, { recursive: true });
      await access(root, constants.R_OK | constants.W_OK);
    },
  };
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "ENOENT" || error.code === "ENOTDIR" || error.code === "EISDIR")
  );
}

let storage: MediaStorage | undefined;

/** The configured backend (MEDIA_STORAGE: local disk in MEDIA_DIR, or S3), created once per process. */
export function getMediaStorage(): MediaStorage {
  storage ??=
    env.MEDIA_STORAGE === "s3"
      ? createS3Storage({
          // lib/env.ts refuses MEDIA_STORAGE=s3 without these four.
          endpoint: env.S3_ENDPOINT ?? "",
          bucket: env.S3_BUCKET ?? "",
          accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
          region: env.S3_REGION,
          isPathStyle: env.S3_FORCE_PATH_STYLE === "true",
          keyPrefix: env.S3_KEY_PREFIX,
        })
      : createDiskStorage(env.MEDIA_DIR);
  return storage;
}

/** Which backend getMediaStorage() uses (health checks). */
export function mediaStorageKind(): "disk" | "s3" {
  return env.MEDIA_STORAGE;
}
