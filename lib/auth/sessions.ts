import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
// Types only: e2e fixtures open sessions through this module, outside Next (no next/headers).
import type { RequestMeta } from "@/lib/request";
import { describeDevice } from "./device";
import { assertCan, type Actor } from "./permissions";

/**
 * Staff sessions on the server. The session cookie (an Auth.js JWT) names a row of
 * staff_sessions; every request checks that row, so ending it (signing out, an
 * administrator ending a user's sessions, a password change) stops the cookie at once.
 * Without the row a captured cookie kept working until it expired, eight hours later.
 */

/** Staff sessions last a working day, counted from sign-in. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Writing last-seen on every click would turn every dashboard read into a write.
const LAST_SEEN_EVERY_MS = 60 * 1000;
// Ended and expired rows stay listed in the audit trail's terms for a month, then go.
const KEEP_ENDED_DAYS = 30;

export type SessionEndReason =
  "sign_out" | "ended_by_admin" | "ended_by_owner" | "password_change" | "password_reset" | "deactivated";

const sessionIdSchema = z.uuid();

type Writer = Prisma.TransactionClient | typeof db;

/** Opens a session for a user who just proved their password; returns its id for the cookie. */
export async function startSession(
  tx: Writer,
  userId: string,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<string> {
  const row = await tx.staffSession.create({
    data: {
      userId,
      userAgent: meta.userAgent.slice(0, 300),
      ip: meta.ip,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return row.id;
}

const sessionUserSelect = {
  id: true,
  role: true,
  username: true,
  displayName: true,
  initials: true,
  isActive: true,
  sessionVersion: true,
  mustChangePassword: true,
} as const;

export type SessionUser = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

/**
 * The account behind a session cookie, or null when the session ended, expired, belongs
 * to someone else or predates the account's last password change. Notes the request as
 * the session's last activity (at most once a minute).
 */
export async function loadSessionUser(
  claims: { userId: string; sessionId: unknown; sessionVersion: unknown },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const sessionId = sessionIdSchema.safeParse(claims.sessionId);
  if (!sessionId.success) return null;
  const row = await db.staffSession.findUnique({
    where: { id: sessionId.data },
    select: { userId: true, endedAt: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  if (!row || row.userId !== claims.userId || row.endedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  if (!row.user.isActive || row.user.sessionVersion !== claims.sessionVersion) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    // Conditional, so parallel requests of one page write once.
    await db.staffSession.updateMany({
      where: { id: sessionId.data, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_EVERY_MS) } },
      data: { lastSeenAt: now, ip: meta.ip },
    });
  }
  return row.user;
}

/**
 * Signing out: ends the session named by the cookie being cleared and audits it. Safe to
 * call twice (only the first call ends and audits anything).
 */
export async function endSession(sessionId: unknown, meta: RequestMeta): Promise<void> {
  const id = sessionIdSchema.safeParse(sessionId);
  if (!id.success) return;
  await db.$transaction(async (tx) => {
    const [ended] = await tx.$queryRaw<{ user_id: string }[]>`
      UPDATE staff_sessions SET ended_at = now(), end_reason = 'sign_out', updated_at = now()
       WHERE id = ${id.data}::uuid AND ended_at IS NULL
      RETURNING user_id::text`;
    if (!ended) return;
    await recordAudit(tx, {
      actorId: ended.user_id,
      action: "auth.sign_out",
      targetType: "session",
      targetId: id.data,
      ip: meta.ip,
    });
  });
}

/**
 * Ends every open session of a user, inside the caller's transaction (a password change
 * or reset, a deactivation, an administrator's request). `exceptId` keeps one open: the
 * browser of someone ending their own other sessions. Returns how many ended.
 */
export async function endUserSessions(
  tx: Writer,
  userId: string,
  reason: SessionEndReason,
  exceptId: string | null = null,
): Promise<number> {
  const result = await tx.staffSession.updateMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  return result.count;
}

/** ADMIN only (user.manage). Ends every open session of another account; audited. */
export async function endSessionsOfUser(actor: Actor, userId: string, meta: RequestMeta): Promise<number> {
  assertCan(actor, "user.manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true } });
    if (!user) return 0;
    const ended = await endUserSessions(tx, userId, "ended_by_admin");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.sessions_end",
      targetType: "user",
      targetId: userId,
      details: { username: user.username, ended },
      ip: meta.ip,
    });
    return ended;
  });
}

/** Any signed-in staff member: ends their own sessions except the one making the request; audited. */
export async function endOwnOtherSessions(actor: Actor, currentSessionId: string, meta: RequestMeta): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await endUserSessions(tx, actor.id, "ended_by_owner", currentSessionId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.sessions_end",
      targetType: "user",
      targetId: actor.id,
      details: { username: actor.username, ended },
      ip: meta.ip,
    });
    return ended;
  });
}

export type SessionListItem = {
  id: string;
  device: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
};

async function listOpenSessions(userId: string, currentSessionId: string | null): Promise<SessionListItem[]> {
  const rows = await db.staffSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    device: describeDevice(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    isCurrent: row.id === currentSessionId,
  }));
}

/** Any signed-in staff member: their own open sessions, most recently active first. */
export async function listOwnSessions(actor: Actor, currentSessionId: string | null): Promise<SessionListItem[]> {
  return listOpenSessions(actor.id, currentSessionId);
}

/** ADMIN only (user.manage): another account's open sessions. */
export async function listSessionsOfUser(actor: Actor, userId: string): Promise<SessionListItem[]> {
  assertCan(actor, "user.manage");
  return listOpenSessions(userId, null);
}

/** Drops session rows that ended or expired over a month ago (called on sign-in). */
export async function pruneSessions(now: Date = new Date()): Promise<void> {
  const before = new Date(now.getTime() - KEEP_ENDED_DAYS * 24 * 60 * 60 * 1000);
  await db.staffSession.deleteMany({ where: { expiresAt: { lt: before } } });
}
