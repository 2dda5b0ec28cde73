import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isStorageKey } from "@/lib/media/keys";

/** sha256 hex and size of a file, read as a stream (a dump can be gigabytes). */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/**
 * Storage keys of the finished files under a media folder (`<id>/960.webp`), sorted. Files
 * being written (`….tmp`), dot-folders (a restore in progress) and anything else that is
 * not a storage key are left out; symbolic links are not followed.
 */
export async function listMediaKeys(root: string): Promise<string[]> {
  const keys: string[] = [];
  async function walk(relative: string, depth: number): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT" && relative === "") return [];
        throw error;
      },
    );
    for (const entry of entries) {
      const key = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && depth < 2 && !entry.name.startsWith(".")) await walk(key, depth + 1);
      else if (entry.isFile() && isStorageKey(key)) keys.push(key);
    }
  }
  await walk("", 0);
  return keys.sort();
}
