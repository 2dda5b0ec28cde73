import { expect, test } from "./fixtures";

test("health check reports each dependency separately", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: { status: "ok" },
    mediaStorage: { status: "ok", backend: "disk" },
  });
  // The suite runs one instance, with or without REDIS_URL.
  expect(["ok", "not-configured"]).toContain(body.redis.status);
});
