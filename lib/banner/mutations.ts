import "server-only";
import { revalidateTag } from "next/cache";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { purgeEdgeAfterResponse } from "@/lib/edge/purge";
import { NotFoundError } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request";
import { bannerTags } from "./cache-tags";
import type { BannerInput } from "./schema";

/**
 * Expires every public page showing the banner, here and at the edge (after the response,
 * when Next has applied the invalidation). At once rather than stale-while-revalidate: an
 * evacuation notice must not wait for a second reader.
 */
export function invalidateBanner(): void {
  revalidateTag(bannerTags.banner, { expire: 0 });
  purgeEdgeAfterResponse([bannerTags.banner]);
}

/**
 * Editors and admins: raises the site-wide banner, replacing any banner in force (one at a
 * time). The replaced banner counts as cleared by the same person. Audited.
 */
export async function raiseBanner(actor: Actor, input: BannerInput, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, "banner.manage");
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    await tx.emergencyBanner.updateMany({
      where: { clearedAt: null, expiresAt: { gt: now } },
      data: { clearedAt: now, clearedById: actor.id },
    });
    const banner = await tx.emergencyBanner.create({
      data: {
        level: input.level,
        message: input.message,
        linkUrl: input.linkUrl,
        expiresAt: input.expiresAt,
        raisedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "banner.raise",
      targetType: "banner",
      targetId: banner.id,
      details: { level: input.level, message: input.message, expiresAt: input.expiresAt.toISOString() },
      ip: meta.ip,
    });
    return banner;
  });
  invalidateBanner();
  return created;
}

/** Editors and admins: takes the banner in force down before its expiry. Audited. */
export async function clearBanner(actor: Actor, meta: RequestMeta): Promise<void> {
  assertCan(actor, "banner.manage");
  const now = new Date();
  await db.$transaction(async (tx) => {
    const active = await tx.emergencyBanner.findMany({
      where: { clearedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (active.length === 0) throw new NotFoundError("Tidak ada peringatan yang sedang tampil.");
    await tx.emergencyBanner.updateMany({
      where: { id: { in: active.map((banner) => banner.id) } },
      data: { clearedAt: now, clearedById: actor.id },
    });
    for (const banner of active) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "banner.clear",
        targetType: "banner",
        targetId: banner.id,
        ip: meta.ip,
      });
    }
  });
  invalidateBanner();
}
