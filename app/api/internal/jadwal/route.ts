import { applyAnnouncementExpiries } from "@/lib/announcements/expiry";
import { applyBannerExpiries } from "@/lib/banner/expiry";
import { isSchedulerToken, runScheduledPublishing, SCHEDULER_TOKEN_HEADER } from "@/lib/articles/scheduler";
import { expireHomePins } from "@/lib/home/pins";

/**
 * The publishing timer's trigger (lib/articles/scheduler.ts). Only this process's own
 * timer knows the token; anyone else gets 403. It runs inside a request so that
 * publishing can invalidate cached pages, which Next allows only there.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSchedulerToken(request.headers.get(SCHEDULER_TOKEN_HEADER))) {
    return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  const result = await runScheduledPublishing();
  await applyPortalExpiries();
  // Same tick, same reason to be in a request: an expired home pin refreshes the cached home page.
  await expireHomePins().catch((error: unknown) => console.warn(`Home pin expiry failed: ${String(error)}`));
  return Response.json(result ?? { error: "unavailable" }, {
    status: result ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

/**
 * Content whose time ran out (an emergency banner, an announcement) leaves cached pages on
 * this tick rather than when a reader next asks. A failure here never stops publishing.
 */
async function applyPortalExpiries(): Promise<void> {
  try {
    await applyBannerExpiries();
    await applyAnnouncementExpiries();
  } catch (error) {
    console.warn(`Applying expiries failed: ${String(error)}`);
  }
}
