import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import type { SignInInput } from "./schema";

/** Failed attempts allowed per account and per address within the window. */
export const SIGN_IN_LIMIT = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export type SignInResult =
  { ok: true; user: { id: string; sessionVersion: number } } | { ok: false; reason: "invalid" | "rate_limited" };

// Compared against when the account does not exist, so a wrong username costs the same
// time as a wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a staff sign-in: rate-limited per account and per client address (failed
 * attempts in the last 15 minutes, counted from the audit log), refuses deactivated
 * accounts, and audits every success and failure.
 */
export async function signInWithPassword(
  input: SignInInput,
  ip: string | null,
  now = new Date(),
): Promise<SignInResult> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const user = await db.user.findFirst({
    where: input.login.includes("@") ? { email: input.login } : { username: input.login },
    select: { id: true, passwordHash: true, isActive: true, sessionVersion: true },
  });

  const failedFilter = { action: "auth.sign_in_failed", createdAt: { gte: since } } as const;
  const [accountFailures, addressFailures] = await Promise.all([
    db.auditEvent.count({ where: { ...failedFilter, targetType: "session", targetId: input.login } }),
    ip ? db.auditEvent.count({ where: { ...failedFilter, ip } }) : Promise.resolve(0),
  ]);
  if (accountFailures >= SIGN_IN_LIMIT || addressFailures >= SIGN_IN_LIMIT * 4) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      targetType: "session",
      targetId: input.login,
      details: { reason: "rate_limited" },
      ip,
    });
    return { ok: false, reason: "rate_limited" };
  }

  dummyHash ??= hashPassword("warta-timing-equaliser");
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !passwordMatches || !user.isActive) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      targetType: "session",
      targetId: input.login,
      details: { reason: !user ? "unknown_account" : !passwordMatches ? "wrong_password" : "deactivated" },
      ip,
    });
    return { ok: false, reason: "invalid" };
  }

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.sign_in",
      targetType: "session",
      targetId: input.login,
      ip,
    });
  });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
