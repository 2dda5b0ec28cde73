import "server-only";
import { ForbiddenError } from "@/lib/errors";
import { requireRole, type SessionActor } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/permissions";

/**
 * For pages: requireRole, but a signed-in staff member without the role gets null (the
 * page renders "Akses ditolak") instead of an error. With Cache Components the shell has
 * already streamed with 200, so the page cannot set a 403 status itself.
 */
export async function requireRoleForPage(...roles: Role[]): Promise<SessionActor | null> {
  try {
    return await requireRole(...roles);
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}
