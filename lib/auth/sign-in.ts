import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { RequestMeta } from "@/lib/request";
import { hashPassword, verifyPassword } from "./password";
import { LOGIN_MAX_LENGTH, signInSchema } from "./schema";
import { pruneSessions, startSession } from "./sessions";
import { reserveAttempt, settleSuccess, type Reservation } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: string; sessionVersion: number }; sessionId: string }
  | { ok: false; reason: "invalid" }
  /** The right password for an account that is switched off: only its owner learns this. */
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

type FailureReason = "unknown_account" | "wrong_password" | "deactivated" | "invalid_input" | "rate_limited";

// An address the account opened a session from this recently is the owner's, most
// likely: the account's delay does not hold it back (the address limit still does).
const KNOWN_ADDRESS_DAYS = 30;

// Compared against when the account does not exist, so a wrong username costs the same
// time as a wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a staff sign-in, as typed (a username or an e-mail, and a password), from the
 * request's client address (lib/request: the trusted-proxy decision, never a header).
 * Every attempt is audited, including refused and malformed ones. Limits (lib/auth/throttle):
 * per address, then per resolved account, each reserved before the password is checked.
 * On success opens a session row (lib/auth/sessions) for the cookie.
 */
export async function signInWithPassword(
  credentials: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<SignInResult> {
  const raw = (credentials ?? {}) as { login?: unknown };
  // What was typed, bounded, for the audit trail even when it fails the schema.
  const typedLogin = typeof raw.login === "string" ? raw.login.trim().toLowerCase().slice(0, LOGIN_MAX_LENGTH) : "";
  const fail = async (
    reason: FailureReason,
    actorId: string | null = null,
    extra: { retryAfterSeconds?: number } = {},
  ) => {
    await recordAudit(db, {
      actorId,
      action: "auth.sign_in_failed",
      ...(actorId ? { targetType: "user" as const, targetId: actorId } : {}),
      details: { login: typedLogin, reason, ...extra },
      ip: meta.ip,
    });
  };
  const refuse = async (reservation: Exclude<Reservation, { ok: true }>, actorId: string | null) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(reservation.retryAfterMs / 1000));
    await fail("rate_limited", actorId, { retryAfterSeconds });
    return { ok: false as const, reason: "rate_limited" as const, retryAfterSeconds };
  };

  const address = meta.ip ? await reserveAttempt("address", meta.ip, now) : ({ ok: true } as const);
  if (!address.ok) return refuse(address, null);

  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) {
    // CASE: oversized or malformed input (the form stops empty fields before they get
    // here). It counts against the address like any failure.
    await fail("invalid_input");
    return { ok: false, reason: "invalid" };
  }
  const { login, password } = parsed.data;

  const user = await db.user.findFirst({
    where: login.includes("@") ? { email: login } : { username: login },
    select: { id: true, passwordHash: true, isActive: true, sessionVersion: true },
  });

  // The account's delay is keyed on the account, so its username and e-mail share it. A
  // name that is no account gets a delay of its own too, so the extra work does not tell
  // the two apart.
  const isKnownAddress = user && meta.ip ? await hasRecentSessionFrom(user.id, meta.ip, now) : false;
  if (!isKnownAddress) {
    const account = await reserveAttempt("account", user?.id ?? unknownAccountKey(login), now);
    if (!account.ok) return refuse(account, user?.id ?? null);
  }

  dummyHash ??= hashPassword("warta-timing-equaliser");
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !passwordMatches) {
    await fail(!user ? "unknown_account" : "wrong_password", user?.id ?? null);
    return { ok: false, reason: "invalid" };
  }
  // CASE: the right password for a deactivated account. Saying so tells nothing to anyone
  // who does not already hold the password (unknown names and wrong passwords get the same
  // "invalid" as always), and it spares the owner a reset that would not help. It still
  // counts as a failed attempt, so it is no way around the limits.
  if (!user.isActive) {
    await fail("deactivated", user.id);
    return { ok: false, reason: "deactivated" };
  }

  await settleSuccess(user.id, meta.ip);
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const opened = await startSession(tx, user.id, meta, now);
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.sign_in",
      targetType: "session",
      targetId: opened,
      details: { login },
      ip: meta.ip,
    });
    return opened;
  });
  await pruneSessions(now).catch((error: unknown) => console.warn("Pruning staff_sessions failed:", error));
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion }, sessionId };
}

function unknownAccountKey(login: string): string {
  // 64 hex characters, the width of the key column; the login itself is in the audit row.
  return createHash("sha256").update(`unknown-account:${login}`).digest("hex");
}

async function hasRecentSessionFrom(userId: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60 * 1000);
  const row = await db.staffSession.findFirst({
    where: { userId, ip, createdAt: { gte: since } },
    select: { id: true },
  });
  return row !== null;
}
