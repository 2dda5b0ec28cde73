import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Where image bytes live. Keys are built by lib/media from a server-generated id
 * (`<uuid>/960.webp`), never from user input, and every backend re-checks them against
 * KEY_PATTERN. Only local disk exists today; an object store (S3, MinIO) implements the
 * same three methods and is picked in getMediaStorage().
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the key; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** One to three lowercase path segments, each a name with at most one extension: no dots to climb with, no slashes at the ends. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\/[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9]{1,5})?){0,2}$/;

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid media storage key: ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}

export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key);
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

/** The configured backend (today: local disk in MEDIA_DIR), created once per process. */
export function getMediaStorage(): MediaStorage {
  storage ??= createDiskStorage(env.MEDIA_DIR);
  return storage;
}
