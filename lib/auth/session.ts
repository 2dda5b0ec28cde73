import "server-only";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { auth } from "./config";
import type { Actor, Role } from "./permissions";

export type SessionActor = Actor & { mustChangePassword: boolean };

/**
 * The signed-in staff member, or null. Reads the Auth.js session, then reloads role and
 * active flag from the database (once per request): a demotion or deactivation applies
 * on the next request, and a session minted before a password reset stops working.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  // Request time only: Auth.js re-encrypts the session token with fresh randomness, which
  // Next refuses while prerendering (including partial prefetches of dashboard links).
  await connection();
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      username: true,
      displayName: true,
      initials: true,
      isActive: true,
      sessionVersion: true,
      mustChangePassword: true,
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    role: user.role,
    username: user.username,
    displayName: user.displayName,
    initials: user.initials,
    mustChangePassword: user.mustChangePassword,
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
