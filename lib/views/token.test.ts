import { describe, expect, it } from "vitest";
import { viewBeaconSchema } from "./schema";
import { isValidViewToken, VIEW_TOKEN_BUCKET_MS, viewTokenFor } from "./token";

const key = Buffer.alloc(32, 3);
const article = "0192f5a4-3c1e-7aaa-8bbb-123456789abc";
const other = "0192f5a4-3c1e-7aaa-8bbb-cba987654321";
// The start of a bucket, so the cases below name their distance from it.
const bucketStart = new Date(
  Math.ceil(Date.parse("2026-11-30T00:00:00Z") / VIEW_TOKEN_BUCKET_MS) * VIEW_TOKEN_BUCKET_MS,
);
const at = (ms: number) => new Date(bucketStart.getTime() + ms);

describe("view tokens", () => {
  it("are 22 url-safe characters, the same for every reader of one article in one bucket", () => {
    const token = viewTokenFor(article, at(1000), key);
    expect(viewBeaconSchema.safeParse({ slug: "berita", token }).success).toBe(true);
    expect(viewTokenFor(article, at(VIEW_TOKEN_BUCKET_MS - 1), key)).toBe(token);
    expect(viewTokenFor(article, at(VIEW_TOKEN_BUCKET_MS), key)).not.toBe(token);
    expect(viewTokenFor(other, at(1000), key)).not.toBe(token);
    expect(viewTokenFor(article, at(1000), Buffer.alloc(32, 4))).not.toBe(token);
  });

  it("stay valid through the next bucket, so a page rendered at any moment counts for a whole bucket", () => {
    const renderedLate = viewTokenFor(article, at(VIEW_TOKEN_BUCKET_MS - 1), key);
    expect(isValidViewToken(article, renderedLate, at(VIEW_TOKEN_BUCKET_MS - 1), key)).toBe(true);
    expect(isValidViewToken(article, renderedLate, at(2 * VIEW_TOKEN_BUCKET_MS - 1), key)).toBe(true);
    expect(isValidViewToken(article, renderedLate, at(2 * VIEW_TOKEN_BUCKET_MS), key)).toBe(false);
  });

  it("are refused for another article, from the future, or malformed", () => {
    const token = viewTokenFor(article, at(1000), key);
    expect(isValidViewToken(other, token, at(1000), key)).toBe(false);
    expect(isValidViewToken(article, viewTokenFor(article, at(VIEW_TOKEN_BUCKET_MS), key), at(1000), key)).toBe(false);
    expect(isValidViewToken(article, "", at(1000), key)).toBe(false);
    expect(isValidViewToken(article, `${token}x`, at(1000), key)).toBe(false);
  });
});
