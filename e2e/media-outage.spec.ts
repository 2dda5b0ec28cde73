import { DatabaseOutage } from "./database-outage";
import { expect, test } from "./fixtures";

// Images come from media storage alone (app/media/[id]/[file]/route.ts), so they keep being
// served while the database is down. Relies on the demo seed's covers (SEED_DEMO_CONTENT=true).

const MEDIA_PATH = /\/media\/[0-9a-f-]{36}\/(?:\d+\.webp|og\.jpg)/g;

test("images are served, and revalidated, while the database is down", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  const paths = [...new Set((await home.text()).match(MEDIA_PATH) ?? [])].slice(0, 5);
  expect(paths.length, "the demo home page shows covers").toBeGreaterThan(0);
  const stored = new Map<string, { body: Buffer; etag: string }>();
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    stored.set(path, { body: await response.body(), etag: response.headers().etag ?? "" });
  }

  const outage = new DatabaseOutage(process.env.DATABASE_URL ?? "");
  await outage.begin();
  try {
    const health = await request.get("/api/health");
    expect((await health.json()).database.status, "the outage reaches the portal").not.toBe("ok");
    for (const [path, before] of stored) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.headers().etag).toBe(before.etag);
      expect((await response.body()).equals(before.body), path).toBe(true);

      const revalidated = await request.get(path, { headers: { "If-None-Match": before.etag } });
      expect(revalidated.status(), path).toBe(304);
    }
    const missing = await request.get("/media/0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b/960.webp");
    expect(missing.status()).toBe(404);
  } finally {
    await outage.end();
  }
});
