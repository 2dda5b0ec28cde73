import "server-only";
import { db } from "@/lib/db/client";

/**
 * The newest audit event matching a test's expectation (action plus whichever of actor,
 * target or typed login it names), or null.
 */
export async function findTestAudit(match: { action: string; actorId?: string; targetId?: string; login?: string }) {
  return db.auditEvent.findFirst({
    where: {
      action: match.action,
      ...(match.actorId ? { actorId: match.actorId } : {}),
      ...(match.targetId ? { targetId: match.targetId } : {}),
      ...(match.login ? { details: { path: ["login"], equals: match.login } } : {}),
    },
    orderBy: { id: "desc" },
  });
}
