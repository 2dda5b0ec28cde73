import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cacheLife } from "next/cache";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * View tokens: proof that a beacon comes from someone who loaded the article's page.
 *
 * Article pages are static and shared by every reader (and by edge caches), so the token
 * cannot be per reader. It is an HMAC of the article id and a six-hour time bucket, and it
 * is accepted during its own bucket and the next one: a page rendered at any moment
 * carries a token that stays valid for at least six hours. A freshly served page (minutes
 * old) always counts. A cached page is also served once more after it went stale, while it
 * is rendered again (the first reader after a quiet spell gets the old copy), and for hours
 * while the database is down: such a copy counts when it is under six hours old; an older
 * one fails, and that one reader is not counted, which is acceptable.
 * Anyone can still fetch the page to get a token; what the token stops is counting without
 * ever loading the page, and it makes inflating an article cost a page load every few
 * hours on top of the caps in ./record.
 */

export const VIEW_TOKEN_BUCKET_MS = 6 * 60 * 60 * 1000;

// Derived from AUTH_SECRET so every instance issues and accepts the same tokens. Without
// it (development) each process draws its own key: tokens from another process fail.
const tokenKey: Buffer = env.AUTH_SECRET
  ? createHmac("sha256", env.AUTH_SECRET).update("warta:view-token:v1").digest()
  : randomBytes(32);

function tokenFor(articleId: string, bucket: number, key: Buffer): string {
  return createHmac("sha256", key).update(`${articleId}.${bucket}`).digest("base64url").slice(0, 22);
}

/** The token of an article for the bucket holding `now`. */
export function viewTokenFor(articleId: string, now: Date, key: Buffer = tokenKey): string {
  return tokenFor(articleId, Math.floor(now.getTime() / VIEW_TOKEN_BUCKET_MS), key);
}

/** True for the token of this article's current or previous bucket. Constant-time comparison. */
export function isValidViewToken(articleId: string, token: string, now: Date, key: Buffer = tokenKey): boolean {
  const given = Buffer.from(token);
  const bucket = Math.floor(now.getTime() / VIEW_TOKEN_BUCKET_MS);
  return [bucket, bucket - 1].some((candidate) => {
    const expected = Buffer.from(tokenFor(articleId, candidate, key));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * For the article page's view beacon: the token of the current bucket. Cached like the
 * page (whose render must not read the clock itself) and refreshed well within a bucket,
 * so a page never holds a token older than its own refresh.
 */
export async function getViewToken(articleId: string): Promise<string> {
  "use cache";
  // Refreshed every half hour, far within a bucket, so a page rendered now never holds a
  // token made more than half an hour ago; the long expiry does not shorten how long the
  // page may be served stale during an outage (a page's lifetime is the shortest of its parts).
  cacheLife({ stale: 300, revalidate: 30 * 60, expire: 7 * 24 * 60 * 60 });
  return viewTokenFor(z.uuid().parse(articleId), new Date());
}
