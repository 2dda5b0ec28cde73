import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/factories";
import { signInWithPassword } from "./sign-in";
import { ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY_MS, ADDRESS_LIMIT, THROTTLE_WINDOW_MS } from "./throttle";

const PASSWORD = "kata-sandi-benar-123";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

// Each test signs in from its own addresses, so the per-address limit never leaks between tests.
const freshAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const attempt = (login: string, password: string, ip: string | null, now?: Date) =>
  signInWithPassword({ login, password }, { ip, userAgent: BROWSER }, now);

async function failuresFor(userId: string, since: Date) {
  const rows = await db.auditEvent.findMany({
    where: { action: "auth.sign_in_failed", actorId: userId, createdAt: { gte: since } },
    select: { details: true },
  });
  return rows.map((row) => (row.details as { reason: string }).reason);
}

describe("signInWithPassword", () => {
  it("signs in by username, opens a session row, stamps lastLoginAt and audits the sign-in", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    const before = new Date();
    const result = await attempt(user.username, PASSWORD, ip);
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, sessionVersion: user.sessionVersion },
      sessionId: expect.any(String),
    });
    if (!result.ok) return;
    const session = await db.staffSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: user.id, ip, userAgent: BROWSER, endedAt: null });
    expect(session.expiresAt.getTime() - session.lastSeenAt.getTime()).toBe(8 * 60 * 60 * 1000);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const audit = await db.auditEvent.findFirst({ where: { ip }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "auth.sign_in", actorId: user.id, targetId: result.sessionId });
  });

  it("signs in by e-mail whatever its letter case", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const result = await attempt(user.email.toUpperCase(), PASSWORD, freshAddress());
    expect(result.ok).toBe(true);
  });

  it.each([
    ["a wrong password", "wrong_password"],
    ["an unknown account", "unknown_account"],
  ] as const)("refuses %s with the same answer and audits the reason and what was typed", async (_case, reason) => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    const login = reason === "unknown_account" ? `tidak-ada-${user.username}` : user.username;
    const result = await attempt(login, reason === "wrong_password" ? "salah-sama-sekali-1" : PASSWORD, ip);
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const audit = await db.auditEvent.findFirst({ where: { ip }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "auth.sign_in_failed", details: { reason, login } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt).toBeNull();
  });

  it("tells the holder of a deactivated account's password that it is deactivated, and only them", async () => {
    const user = await createTestUser({ password: PASSWORD, isActive: false });
    const ip = freshAddress();
    expect(await attempt(user.username, PASSWORD, ip)).toEqual({ ok: false, reason: "deactivated" });
    const audit = await db.auditEvent.findFirst({ where: { ip }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "auth.sign_in_failed", details: { reason: "deactivated" } });
    // A wrong password for it reads like any other wrong password.
    expect(await attempt(user.username, "salah-sama-sekali-1", freshAddress())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("counts right passwords for a deactivated account against its limit like any failure", async () => {
    const user = await createTestUser({ password: PASSWORD, isActive: false });
    for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++) {
      expect(await attempt(user.username, PASSWORD, freshAddress())).toEqual({ ok: false, reason: "deactivated" });
    }
    expect(await attempt(user.username, PASSWORD, freshAddress())).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("gives a username and its e-mail one budget: the account's delay follows the account", async () => {
    const user = await createTestUser({ password: PASSWORD });
    // Alternating what is typed used to give each spelling a budget of its own.
    for (let i = 0; i <= ACCOUNT_FREE_FAILURES; i++) {
      const login = i % 2 === 0 ? user.username : user.email;
      expect(await attempt(login, `salah-${i}-kata-sandi`, freshAddress())).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await attempt(user.email, PASSWORD, freshAddress());
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("checks only a few of twelve parallel wrong passwords for one account", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const since = new Date();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(user.username, `tebakan-paralel-${i}`, freshAddress())),
    );
    const reasons = await failuresFor(user.id, since);
    // The reservation is taken before the password check, in one locked row update: the
    // free attempts and the one that starts the delay are checked, the rest are refused.
    expect(reasons.filter((reason) => reason === "wrong_password")).toHaveLength(ACCOUNT_FREE_FAILURES + 1);
    expect(reasons.filter((reason) => reason === "rate_limited")).toHaveLength(12 - ACCOUNT_FREE_FAILURES - 1);
    expect(results.filter((result) => !result.ok && result.reason === "rate_limited")).toHaveLength(
      12 - ACCOUNT_FREE_FAILURES - 1,
    );
  });

  it("never locks the owner out: the delay is short, and the owner's usual address skips it", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const home = freshAddress();
    expect(await attempt(user.username, PASSWORD, home)).toMatchObject({ ok: true });

    // Someone elsewhere keeps guessing, from many addresses, for a long time.
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      await attempt(user.username, `tebakan-${i}-xyz`, freshAddress(), new Date(start + i * 1000));
    }
    const now = new Date(start + 30 * 1000);
    // From the address the owner signed in from, the account's delay does not apply.
    expect(await attempt(user.username, PASSWORD, home, now)).toMatchObject({ ok: true });

    // From a new address the owner waits at most the longest delay, never fifteen minutes.
    for (let i = 0; i < 10; i++) {
      await attempt(user.username, `tebakan-lagi-${i}`, freshAddress(), new Date(now.getTime() + i));
    }
    const later = new Date(now.getTime() + 10);
    const waiting = await attempt(user.username, PASSWORD, freshAddress(), later);
    expect(waiting).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!waiting.ok && waiting.reason === "rate_limited") {
      expect(waiting.retryAfterSeconds).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS / 1000);
    }
    const afterDelay = new Date(later.getTime() + ACCOUNT_MAX_DELAY_MS + 1);
    expect(await attempt(user.username, PASSWORD, freshAddress(), afterDelay)).toMatchObject({ ok: true });
  });

  it("limits an address across accounts, and only that address", async () => {
    const ip = freshAddress();
    const other = await createTestUser({ password: PASSWORD });
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect(await attempt(`penebak-${i}-${other.username}`, "tebakan-salah-123", ip)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const refused = await attempt(other.username, PASSWORD, ip);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!refused.ok && refused.reason === "rate_limited") {
      expect(refused.retryAfterSeconds).toBeGreaterThan(60);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);
    }
    expect(await attempt(other.username, PASSWORD, freshAddress())).toMatchObject({ ok: true });
  });

  it("does not let a success from an address wipe that address's failures", async () => {
    const ip = freshAddress();
    const mine = await createTestUser({ password: PASSWORD });
    for (let i = 0; i < ADDRESS_LIMIT - 1; i++) await attempt(`penebak-${i}-${mine.username}`, "salah-123-abc", ip);
    expect(await attempt(mine.username, PASSWORD, ip)).toMatchObject({ ok: true });
    await attempt(`penebak-akhir-${mine.username}`, "salah-123-abc", ip);
    expect(await attempt(`penebak-lagi-${mine.username}`, "salah-123-abc", ip)).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("forgets failures once the window has passed", async () => {
    const user = await createTestUser({ password: PASSWORD });
    const ip = freshAddress();
    const longAgo = new Date(Date.now() - THROTTLE_WINDOW_MS - 60_000);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 3; i++) {
      await attempt(user.username, "salah-lama-123", ip, new Date(longAgo.getTime() + i));
    }
    expect(await attempt(user.username, PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("records an oversized login as a failed attempt instead of failing", async () => {
    const ip = freshAddress();
    for (const length of [100, 254, 400]) {
      const result = await attempt(`${"a".repeat(length - 14)}@warta.example`, "apa-saja-123", ip);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const rows = await db.auditEvent.findMany({ where: { ip }, orderBy: { id: "asc" }, select: { details: true } });
    expect(rows.map((row) => (row.details as { reason: string }).reason)).toEqual([
      "unknown_account",
      "unknown_account",
      "invalid_input",
    ]);
    expect((rows[2]?.details as { login: string }).login).toHaveLength(254);
  });
});
