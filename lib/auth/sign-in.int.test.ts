import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/factories";
import { signInSchema } from "./schema";
import { SIGN_IN_LIMIT, signInWithPassword } from "./sign-in";

const PASSWORD = "kata-sandi-benar-123";

// Each test signs in from its own address, so the per-address limit never leaks between tests.
const freshAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const attempt = (login: string, password: string, ip: string) =>
  signInWithPassword(signInSchema.parse({ login, password }), ip);

async function lastAuditFor(ip: string) {
  return db.auditEvent.findFirst({ where: { ip }, orderBy: { createdAt: "desc" } });
}

describe("signInWithPassword", () => {
  it("signs in by username, stamps lastLoginAt and audits the sign-in", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    const before = new Date();
    const result = await attempt(user.username, PASSWORD, ip);
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await lastAuditFor(ip)).toMatchObject({ action: "auth.sign_in", actorId: user.id });
  });

  it("signs in by e-mail whatever its letter case", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const result = await attempt(user.email.toUpperCase(), PASSWORD, freshAddress());
    expect(result.ok).toBe(true);
  });

  it.each([
    ["a wrong password", "wrong_password"],
    ["an unknown account", "unknown_account"],
    ["a deactivated account", "deactivated"],
  ] as const)("refuses %s with the same answer and audits the reason", async (_case, reason) => {
    const user = await createTestUser({ password: PASSWORD, isActive: reason !== "deactivated" });
    const ip = freshAddress();
    const login = reason === "unknown_account" ? `tidak-ada-${user.username}` : user.username;
    const result = await attempt(login, reason === "wrong_password" ? "salah-sama-sekali-1" : PASSWORD, ip);
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await lastAuditFor(ip)).toMatchObject({
      action: "auth.sign_in_failed",
      targetId: login,
      details: { reason },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt).toBeNull();
  });

  it("rate-limits the account after five failures, even with the right password", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      expect(await attempt(user.username, `salah-${i}-kata-sandi`, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attempt(user.username, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    // The account limit follows the account, not the address.
    expect(await attempt(user.username, PASSWORD, freshAddress())).toEqual({ ok: false, reason: "rate_limited" });
    expect(await lastAuditFor(ip)).toMatchObject({
      action: "auth.sign_in_failed",
      details: { reason: "rate_limited" },
    });
  });

  it("lets another account sign in from the same address until the address limit", async () => {
    const ip = freshAddress();
    const other = await createTestUser({ password: PASSWORD });
    const victim = await createTestUser({ password: PASSWORD });
    const guess = async (account: number) => {
      for (let i = 0; i < SIGN_IN_LIMIT; i++) {
        await attempt(`penebak-${account}-${victim.username}`, "tebakan-salah-123", ip);
      }
    };
    await guess(0);
    // Five failures on one account: another account from the same address is still fine.
    expect(await attempt(other.username, PASSWORD, ip)).toMatchObject({ ok: true });
    for (let account = 1; account < 4; account++) await guess(account);
    // Twenty failures from the address: every account is refused from there, but not elsewhere.
    expect(await attempt(victim.username, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempt(victim.username, PASSWORD, freshAddress())).toMatchObject({ ok: true });
  });

  it("forgets failures older than fifteen minutes", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    const longAgo = new Date(Date.now() - 16 * 60 * 1000);
    for (let i = 0; i < SIGN_IN_LIMIT; i++) {
      await signInWithPassword(signInSchema.parse({ login: user.username, password: "salah-lama-123" }), ip, longAgo);
    }
    await db.auditEvent.updateMany({ where: { ip }, data: { createdAt: longAgo } });
    expect(await attempt(user.username, PASSWORD, ip)).toMatchObject({ ok: true });
  });
});
