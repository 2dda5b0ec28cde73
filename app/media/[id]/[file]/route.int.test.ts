import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as MediaRoute from "./route";

// `connection()` only tells Next the answer is per request; outside a request scope it throws.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  connection: async () => undefined,
}));

// The route reads media storage (a local folder here) and nothing else. To prove it never
// needs the database, every test runs with DATABASE_URL pointing at a port nothing listens on.
let mediaDir: string;
let route: typeof MediaRoute;

const id = randomUUID();
const webp = new Uint8Array(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 rendition-960"));
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "warta-media-route-"));
  process.env.MEDIA_DIR = mediaDir;
  process.env.MEDIA_STORAGE = "disk";
  process.env.DATABASE_URL = "postgresql://warta@127.0.0.1:9/unreachable";
  await mkdir(path.join(mediaDir, id));
  await writeFile(path.join(mediaDir, id, "960.webp"), webp);
  await writeFile(path.join(mediaDir, id, "og.jpg"), jpeg);
  route = await import("./route");
});

afterAll(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

function call(method: "GET" | "HEAD", id: string, file: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/media/${id}/${file}`, { method, headers });
  const handler = method === "GET" ? route.GET : route.HEAD;
  return handler(request, { params: Promise.resolve({ id, file }) });
}

describe("GET /media/[id]/[file]", () => {
  it("serves a rendition from storage, immutable, with a strong ETag", async () => {
    const response = await call("GET", id, "960.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(webp);

    const og = await call("GET", id, "og.jpg");
    expect(og.status).toBe(200);
    expect(og.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await og.arrayBuffer())).toEqual(jpeg);
    expect(og.headers.get("etag")).not.toBe(response.headers.get("etag"));
  });

  it("takes an upper-case id as the same image", async () => {
    const response = await call("GET", id.toUpperCase(), "960.webp");
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(webp);
  });

  it("answers 304 without a body when If-None-Match names its ETag", async () => {
    const etag = (await call("GET", id, "960.webp")).headers.get("etag") ?? "";
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = await call("GET", id, "960.webp", { "If-None-Match": ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(await response.text()).toBe("");
    }
    const changed = await call("GET", id, "960.webp", { "If-None-Match": '"something-else"' });
    expect(changed.status).toBe(200);
    expect(new Uint8Array(await changed.arrayBuffer())).toEqual(webp);
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await call("HEAD", id, "960.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("etag")).toBe((await call("GET", id, "960.webp")).headers.get("etag"));
    expect(response.body).toBeNull();
    expect((await call("HEAD", randomUUID(), "960.webp")).status).toBe(404);
  });

  it("answers 404, cached briefly, for anything not stored or not a rendition name", async () => {
    for (const [mediaId, file] of [
      [randomUUID(), "960.webp"],
      [randomUUID(), "og.jpg"],
      // A width that is a rendition name but was never rendered for this image.
      [id, "480.webp"],
      // Not rendition names at all: never looked up.
      [id, "123.webp"],
      [id, "720.webp"],
      [id, "960.png"],
      [id, "og.jpeg"],
      [id, "..%2F..%2Fetc%2Fpasswd"],
      ["not-a-uuid", "960.webp"],
      ["..", "og.jpg"],
    ] as const) {
      const response = await call("GET", mediaId, file);
      expect(response.status, `${mediaId}/${file}`).toBe(404);
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await response.text()).toBe("Berkas tidak ditemukan.");
    }
  });

  it("stops serving an image whose files were removed", async () => {
    const removed = randomUUID();
    await mkdir(path.join(mediaDir, removed));
    await writeFile(path.join(mediaDir, removed, "480.webp"), webp);
    expect((await call("GET", removed, "480.webp")).status).toBe(200);
    await rm(path.join(mediaDir, removed), { recursive: true });
    expect((await call("GET", removed, "480.webp")).status).toBe(404);
  });

  it("answers 503, never cached, when the storage itself fails", async () => {
    const broken = randomUUID();
    await mkdir(path.join(mediaDir, broken));
    // A link to itself: reading it fails with ELOOP, an error that is not "no such file".
    await symlink("960.webp", path.join(mediaDir, broken, "960.webp"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await call("GET", broken, "960.webp");
    expect(logged).toHaveBeenCalledWith("media storage read failed", expect.objectContaining({ code: "ELOOP" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
