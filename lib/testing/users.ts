import "server-only";
import { startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";

/**
 * Changes a test user's account flags behind the portal's back, as an administrator or a
 * database fix would: e2e tests use it to check that open sessions notice on the next request.
 */
export async function updateTestUser(id: string, flags: { isActive?: boolean; mustChangePassword?: boolean }) {
  return db.user.update({
    where: { id },
    data: { isActive: flags.isActive, mustChangePassword: flags.mustChangePassword },
  });
}

/** A session row for a test browser, as a sign-in would open it; its id goes into the cookie. */
export async function createTestSession(
  userId: string,
  meta: { ip: string | null; userAgent: string } = { ip: "127.0.0.1", userAgent: "Playwright" },
): Promise<string> {
  return startSession(db, userId, meta);
}

/** Why a session ended (null while it is open). */
export async function testSessionEndReason(sessionId: string): Promise<string | null> {
  return (await db.staffSession.findUniqueOrThrow({ where: { id: sessionId }, select: { endReason: true } })).endReason;
}

/** Sessions ever opened for an account. */
export async function countTestSessions(userId: string): Promise<number> {
  return db.staffSession.count({ where: { userId } });
}

/**
 * Puts an account in the sign-in delay a run of failed attempts would have left
 * (lib/auth/throttle), without making the attempts.
 */
export async function delayTestSignIn(userId: string, seconds: number): Promise<void> {
  const now = new Date();
  const nextAttemptAt = new Date(now.getTime() + seconds * 1000);
  await db.signInThrottle.upsert({
    where: { scope_key: { scope: "account", key: userId } },
    create: { scope: "account", key: userId, failures: 9, windowStartedAt: now, nextAttemptAt },
    update: { failures: 9, windowStartedAt: now, nextAttemptAt },
  });
}
