import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./permissions";
import { endUserSessions } from "./sessions";
import type { PasswordChangeInput } from "./schema";

export class WrongCurrentPasswordError extends RuleViolationError {
  constructor() {
    super("Kata sandi saat ini salah.");
  }
}

export class WeakPasswordError extends RuleViolationError {}

/**
 * Any signed-in staff member changes their own password: checks the current one, refuses a
 * new one equal to the username or e-mail, then in one transaction stores the new hash,
 * clears mustChangePassword, bumps sessionVersion and ends every session row (every existing
 * session ends, this browser's too) and audits.
 * Returns the new sessionVersion.
 */
export async function changePassword(
  actor: Pick<Actor, "id">,
  input: PasswordChangeInput,
  ip: string | null = null,
): Promise<{ sessionVersion: number }> {
  return db.$transaction(async (tx) => {
    // FOR UPDATE: two concurrent changes must not both pass the current-password check.
    const [user] = await tx.$queryRaw<{ password_hash: string; username: string; email: string }[]>`
      SELECT password_hash, username, email FROM users WHERE id = ${actor.id}::uuid AND is_active FOR UPDATE`;
    if (!user) throw new NotFoundError("Akun tidak ditemukan.");
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw new WrongCurrentPasswordError();
    const lowered = input.newPassword.toLowerCase();
    if (lowered === user.username.toLowerCase() || lowered === user.email.toLowerCase()) {
      throw new WeakPasswordError("Kata sandi baru tidak boleh sama dengan nama pengguna atau surel.");
    }
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
      select: { sessionVersion: true },
    });
    await endUserSessions(tx, actor.id, "password_change");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "auth.password_change",
      targetType: "user",
      targetId: actor.id,
      ip,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}
