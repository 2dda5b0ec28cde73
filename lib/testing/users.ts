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
export async function createTestSession(userId: string): Promise<string> {
  return startSession(db, userId, { ip: "127.0.0.1", userAgent: "Playwright" });
}
