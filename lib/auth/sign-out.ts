import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Actor } from "./permissions";

/** Audits a staff member signing out (the cookie itself is cleared by Auth.js signOut). */
export async function recordSignOut(actor: Pick<Actor, "id">, ip: string | null = null): Promise<void> {
  await recordAudit(db, { actorId: actor.id, action: "auth.sign_out", targetType: "session", targetId: actor.id, ip });
}
