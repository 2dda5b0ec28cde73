import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { RequestMeta } from "@/lib/request";
import { invalidateSite } from "./cache";

/**
 * Editors and admins: drops every cached public page, here and at the edge, so the next
 * reader gets a fresh render. Pages refresh themselves within minutes and at once when
 * an article changes; this is for what changed elsewhere. Audited.
 */
export async function refreshPublicSite(actor: Actor, meta: RequestMeta): Promise<void> {
  assertCan(actor, "site.refresh");
  await recordAudit(db, { actorId: actor.id, action: "site.refresh", targetType: "site", ip: meta.ip });
  invalidateSite();
}
