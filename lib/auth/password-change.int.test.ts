import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/factories";
import { changePassword, WeakPasswordError, WrongCurrentPasswordError } from "./password-change";
import { verifyPassword } from "./password";
import { passwordChangeSchema } from "./schema";

const OLD = "kata-sandi-lama-123";
const NEW = "kata-sandi-baru-456";

const input = (newPassword: string, currentPassword = OLD) =>
  passwordChangeSchema.parse({ currentPassword, newPassword, confirmation: newPassword });

describe("changePassword", () => {
  it("stores the new hash, clears mustChangePassword, bumps sessionVersion and audits", async () => {
    const user = await createTestUser({ password: OLD });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });

    const result = await changePassword(user, input(NEW), "10.9.8.7");

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(result.sessionVersion).toBe(user.sessionVersion + 1);
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(stored.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, OLD)).toBe(false);
    const audit = await db.auditEvent.findFirst({ where: { actorId: user.id, action: "auth.password_change" } });
    expect(audit).toMatchObject({ targetType: "user", targetId: user.id, ip: "10.9.8.7" });
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createTestUser({ password: OLD });
    await expect(changePassword(user, input(NEW, "bukan-kata-sandi-ini"))).rejects.toThrow(WrongCurrentPasswordError);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBe(user.passwordHash);
    expect(stored.sessionVersion).toBe(user.sessionVersion);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "auth.password_change" } })).toBe(0);
  });

  it("refuses the username or the e-mail as the new password, in any letter case", async () => {
    const user = await createTestUser({ password: OLD });
    await expect(changePassword(user, input(user.username.toUpperCase()))).rejects.toThrow(WeakPasswordError);
    await expect(changePassword(user, input(user.email))).rejects.toThrow(WeakPasswordError);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion);
  });

  it("refuses a deactivated account", async () => {
    const user = await createTestUser({ password: OLD, isActive: false });
    await expect(changePassword(user, input(NEW))).rejects.toThrow("Akun tidak ditemukan.");
  });
});
