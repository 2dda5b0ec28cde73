import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ForbiddenError } from "@/lib/errors";
import { requestMeta } from "@/lib/request";
import { auth } from "./config";
import type { Actor, Role } from "./permissions";
import { loadSessionUser } from "./sessions";

export type SessionActor = Actor & {
  mustChangePassword: boolean;
  /** The staff_sessions row of this browser (lib/auth/sessions). */
  sessionId: string;
};

/**
 * The signed-in staff member, or null. Reads the Auth.js session cookie, then checks its
 * server-side session row and reloads role and active flag from the database (once per
 * request): signing out, a demotion, a deactivation or a password change applies on the
 * next request.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  // Request time only: Auth.js re-encrypts the session token with fresh randomness, which
  // Next refuses while prerendering (including partial prefetches of dashboard links).
  await connection();
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const claims = session as { sessionId?: unknown; sessionVersion?: unknown };
  const user = await loadSessionUser(
    { userId, sessionId: claims.sessionId, sessionVersion: claims.sessionVersion },
    await requestMeta(),
  );
  if (!user) return null;
  return {
    id: user.id,
    role: user.role,
    username: user.username,
    displayName: user.displayName,
    initials: user.initials,
    mustChangePassword: user.mustChangePassword,
    sessionId: String(claims.sessionId),
  };
});

/**
 * For dashboard pages and server actions: the actor, or a redirect to /login. A staff
 * member who must change a temporary password is sent to /ganti-sandi first.
 */
export async function requireActor(options: { allowPasswordChange?: boolean } = {}): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect("/ganti-sandi");
  return actor;
}

/** requireActor, then ForbiddenError unless the actor has one of the roles. */
export async function requireRole(...roles: Role[]): Promise<SessionActor> {
  const actor = await requireActor();
  if (!roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

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
