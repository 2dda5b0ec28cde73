import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { invalidateWriter } from "@/lib/articles/cache";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { endUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FieldConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { generateTemporaryPassword } from "./password";
import type { UserCreateInput, UserUpdateInput } from "./schema";

type Tx = Prisma.TransactionClient;

export const LAST_ADMIN_MESSAGE =
  "Harus selalu ada minimal satu administrator aktif. Angkat administrator lain terlebih dahulu.";

/**
 * Locks every active admin row until the transaction ends, so two admins demoting each
 * other at the same moment cannot both succeed and leave the portal without an admin.
 */
async function lockActiveAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND is_active ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

async function assertNotLastActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await lockActiveAdminIds(tx);
  if (admins.includes(userId) && admins.length <= 1) throw new RuleViolationError(LAST_ADMIN_MESSAGE);
}

async function assertUnique(tx: Tx, values: { username?: string; email: string }, exceptId?: string): Promise<void> {
  const notSelf = exceptId ? { id: { not: exceptId } } : {};
  if (
    values.username &&
    (await tx.user.findFirst({ where: { username: values.username, ...notSelf }, select: { id: true } }))
  ) {
    throw new FieldConflictError("username", "Nama pengguna ini sudah dipakai.");
  }
  if (await tx.user.findFirst({ where: { email: values.email, ...notSelf }, select: { id: true } })) {
    throw new FieldConflictError("email", "Surel ini sudah dipakai akun lain.");
  }
}

/** A concurrent insert can still beat the check above; the unique index has the last word. */
function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    const text = JSON.stringify((error as { meta?: unknown }).meta ?? {});
    if (text.includes("username")) throw new FieldConflictError("username", "Nama pengguna ini sudah dipakai.");
    throw new FieldConflictError("email", "Surel ini sudah dipakai akun lain.");
  }
  throw error;
}

async function loadUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, role: true, isActive: true, displayName: true, email: true, initials: true },
  });
  if (!user) throw new NotFoundError("Pengguna tidak ditemukan.");
  return user;
}

export type CreatedUser = { id: string; username: string; temporaryPassword: string };

/**
 * ADMIN only. Creates an account with a generated temporary password (returned once,
 * stored only as a hash) that must be changed at first sign-in; audited as user.create.
 */
export async function createUser(
  actor: Actor,
  input: UserCreateInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<CreatedUser> {
  assertCan(actor, "user.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db.$transaction(async (tx) => {
      await assertUnique(tx, { username: input.username, email: input.email });
      const created = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName,
          email: input.email,
          role: input.role,
          initials: input.initials,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true, username: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        targetType: "user",
        targetId: created.id,
        details: { username: created.username, role: input.role, email: input.email },
        ip: meta.ip,
      });
      return created;
    });
    return { ...user, temporaryPassword };
  } catch (error) {
    return mapUniqueViolation(error);
  }
}

/**
 * ADMIN only. Edits name, e-mail, initials and role. Keeps at least one active admin and
 * refuses an admin's own demotion; a role change is audited apart (user.role_change). A new
 * display name or initials shows on the writer's public pages on their next request.
 */
export async function updateUser(
  actor: Actor,
  userId: string,
  input: UserUpdateInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "user.manage");
  let byline: { username: string; hasChanged: boolean };
  try {
    byline = await db.$transaction(async (tx) => {
      const before = await loadUser(tx, userId);
      const isDemotion = before.role === "ADMIN" && input.role !== "ADMIN";
      if (isDemotion) {
        if (userId === actor.id) throw new RuleViolationError("Anda tidak dapat menurunkan peran akun Anda sendiri.");
        await assertNotLastActiveAdmin(tx, userId);
      }
      await assertUnique(tx, { email: input.email }, userId);
      await tx.user.update({
        where: { id: userId },
        data: { displayName: input.displayName, email: input.email, initials: input.initials, role: input.role },
      });
      const changed = (["displayName", "email", "initials"] as const).filter((field) => before[field] !== input[field]);
      if (changed.length > 0) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "user.update",
          targetType: "user",
          targetId: userId,
          details: { username: before.username, changed: [...changed] },
          ip: meta.ip,
        });
      }
      if (before.role !== input.role) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "user.role_change",
          targetType: "user",
          targetId: userId,
          details: { username: before.username, from: before.role, to: input.role },
          ip: meta.ip,
        });
      }
      return { username: before.username, hasChanged: changed.includes("displayName") || changed.includes("initials") };
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
  // Public pages show the display name in bylines and the initials in the sign-off.
  if (byline.hasChanged) invalidateWriter(byline.username);
}

/**
 * ADMIN only. Deactivates an account and ends its open sessions (sessionVersion bump);
 * its bylines stay on its articles. Never the actor's own account or the last active admin.
 */
export async function deactivateUser(actor: Actor, userId: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "user.manage");
  if (userId === actor.id) throw new RuleViolationError("Anda tidak dapat menonaktifkan akun Anda sendiri.");
  await db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    if (!before.isActive) throw new RuleViolationError("Akun ini sudah nonaktif.");
    if (before.role === "ADMIN") await assertNotLastActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    await endUserSessions(tx, userId, "deactivated");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.deactivate",
      targetType: "user",
      targetId: userId,
      details: { username: before.username, role: before.role },
      ip: meta.ip,
    });
  });
}

/** ADMIN only. Lets a deactivated account sign in again (with its existing password). */
export async function reactivateUser(actor: Actor, userId: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "user.manage");
  await db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    if (before.isActive) throw new RuleViolationError("Akun ini sudah aktif.");
    await tx.user.update({ where: { id: userId }, data: { isActive: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.reactivate",
      targetType: "user",
      targetId: userId,
      details: { username: before.username, role: before.role },
      ip: meta.ip,
    });
  });
}

/**
 * ADMIN only. Replaces the password with a new temporary one (returned once), forces a
 * change at next sign-in and ends open sessions. Not for the admin's own account.
 */
export async function resetUserPassword(
  actor: Actor,
  userId: string,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ temporaryPassword: string }> {
  assertCan(actor, "user.manage");
  if (userId === actor.id) {
    throw new RuleViolationError("Untuk akun Anda sendiri, gunakan halaman Ganti Sandi.");
  }
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await endUserSessions(tx, userId, "password_reset");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password_reset",
      targetType: "user",
      targetId: userId,
      details: { username: before.username },
      ip: meta.ip,
    });
  });
  return { temporaryPassword };
}
