import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordViewBySlug } from "@/lib/views/record";
import { POST } from "./route";

// The database side is covered by lib/views/record.int.test.ts; here only the HTTP decisions.
vi.mock("@/lib/views/record", () => ({ recordViewBySlug: vi.fn() }));
const record = vi.mocked(recordViewBySlug);

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

function beacon(headers: Record<string, string> = {}, body: string = JSON.stringify({ slug: "berita-uji" })) {
  return new Request("http://localhost:3000/api/views", {
    method: "POST",
    body,
    headers: { "Content-Type": "application/json", "User-Agent": CHROME, "Sec-Fetch-Site": "same-origin", ...headers },
  });
}

beforeEach(() => {
  record.mockReset();
});

describe("POST /api/views", () => {
  it("answers 202 when counted and 204 for a repeat, never cached", async () => {
    record.mockResolvedValueOnce("counted").mockResolvedValueOnce("repeat");
    const first = await POST(beacon({ Origin: "http://localhost:3000" }));
    expect(first.status).toBe(202);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect((await POST(beacon())).status).toBe(204);
    expect(record).toHaveBeenCalledWith("berita-uji", expect.stringMatching(/^[0-9a-f]{64}$/), expect.any(Date));
  });

  it("answers 404 for a slug readers cannot see", async () => {
    record.mockResolvedValueOnce("missing");
    expect((await POST(beacon())).status).toBe(404);
  });

  it("answers 503 and logs when the database fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    record.mockRejectedValueOnce(new Error("connection refused"));
    expect((await POST(beacon())).status).toBe(503);
    expect(error).toHaveBeenCalledOnce();
  });

  it("does not record bots or prefetches", async () => {
    const googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    expect((await POST(beacon({ "User-Agent": googlebot }))).status).toBe(204);
    expect((await POST(beacon({ "Sec-Purpose": "prefetch" }))).status).toBe(204);
    expect((await POST(beacon({ Purpose: "prefetch" }))).status).toBe(204);
    expect(record).not.toHaveBeenCalled();
  });

  it("refuses cross-site requests with 403", async () => {
    expect((await POST(beacon({ Origin: "https://penipu.example" }))).status).toBe(403);
    expect((await POST(beacon({ "Sec-Fetch-Site": "cross-site" }))).status).toBe(403);
    expect((await POST(beacon({ "Sec-Fetch-Site": "same-site" }))).status).toBe(403);
    expect(record).not.toHaveBeenCalled();
  });

  it.each([
    ["not JSON", {}, "{slug"],
    ["a bad slug", {}, JSON.stringify({ slug: "../etc" })],
    ["extra fields", {}, JSON.stringify({ slug: "ok", views: 1000 })],
    ["the wrong content type", { "Content-Type": "text/plain" }, JSON.stringify({ slug: "ok" })],
    ["a body over 2 KB", {}, JSON.stringify({ slug: "ok", pad: "x".repeat(3000) })],
  ])("answers 400 to %s", async (_label, headers, body) => {
    expect((await POST(beacon(headers, body))).status).toBe(400);
    expect(record).not.toHaveBeenCalled();
  });
});
