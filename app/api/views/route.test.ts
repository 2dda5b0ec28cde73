import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordViewBySlug } from "@/lib/views/record";
import { POST } from "./route";

// The database side is covered by lib/views/record.int.test.ts; here only the HTTP decisions.
vi.mock("@/lib/views/record", () => ({ recordViewBySlug: vi.fn() }));
const record = vi.mocked(recordViewBySlug);

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

const TOKEN = "abcdefghijklmnopqrstuv";

function beacon(
  headers: Record<string, string> = {},
  body: string = JSON.stringify({ slug: "berita-uji", token: TOKEN }),
) {
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
  it("answers the outcome and the fresh total as JSON, never cached", async () => {
    record
      .mockResolvedValueOnce({ kind: "answered", outcome: { counted: true }, views: 645 })
      .mockResolvedValueOnce({ kind: "answered", outcome: { counted: false, reason: "repeat" }, views: 645 });
    const first = await POST(beacon({ Origin: "http://localhost:3000", "x-warta-client-ip": "203.0.113.5" }));
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(await first.json()).toEqual({ counted: true, views: 645 });
    expect(await (await POST(beacon())).json()).toEqual({ counted: false, views: 645 });
    expect(record).toHaveBeenCalledWith(
      "berita-uji",
      TOKEN,
      { ip: "203.0.113.5", userAgent: CHROME },
      { isReader: true },
    );
  });

  it("takes the client address only from the server's decision, never from X-Forwarded-For", async () => {
    record.mockResolvedValue({ kind: "answered", outcome: { counted: false, reason: "repeat" }, views: 1 });
    await POST(beacon({ "X-Forwarded-For": "198.51.100.77", "X-Real-IP": "198.51.100.78" }));
    expect(record).toHaveBeenCalledWith("berita-uji", TOKEN, { ip: null, userAgent: CHROME }, { isReader: true });
  });

  it("answers a beacon without a token (a page cached before tokens) uncounted", async () => {
    record.mockResolvedValueOnce({ kind: "answered", outcome: { counted: false, reason: "token" }, views: 7 });
    const response = await POST(beacon({}, JSON.stringify({ slug: "berita-uji" })));
    expect(await response.json()).toEqual({ counted: false, views: 7 });
    expect(record).toHaveBeenCalledWith("berita-uji", "", expect.anything(), { isReader: true });
  });

  it("answers 404 for a slug readers cannot see", async () => {
    record.mockResolvedValueOnce({ kind: "missing" });
    expect((await POST(beacon())).status).toBe(404);
  });

  it("answers 503 and logs when the database fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    record.mockRejectedValueOnce(new Error("connection refused"));
    expect((await POST(beacon())).status).toBe(503);
    expect(error).toHaveBeenCalledOnce();
  });

  it("does not count bots or prefetches", async () => {
    record.mockResolvedValue({ kind: "answered", outcome: { counted: false, reason: "not_reader" }, views: 2 });
    const googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    const nonReaders: Record<string, string>[] = [
      { "User-Agent": googlebot },
      { "Sec-Purpose": "prefetch" },
      { Purpose: "prefetch" },
    ];
    for (const headers of nonReaders) {
      const response = await POST(beacon(headers));
      expect(await response.json()).toEqual({ counted: false, views: 2 });
    }
    expect(record.mock.calls.map((call) => call[3])).toEqual([
      { isReader: false },
      { isReader: false },
      { isReader: false },
    ]);
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
    ["a malformed token", {}, JSON.stringify({ slug: "ok", token: "<script>" })],
    ["extra fields", {}, JSON.stringify({ slug: "ok", views: 1000 })],
    ["the wrong content type", { "Content-Type": "text/plain" }, JSON.stringify({ slug: "ok" })],
    ["a body over 2 KB", {}, JSON.stringify({ slug: "ok", pad: "x".repeat(3000) })],
  ])("answers 400 to %s", async (_label, headers, body) => {
    expect((await POST(beacon(headers, body))).status).toBe(400);
    expect(record).not.toHaveBeenCalled();
  });
});
