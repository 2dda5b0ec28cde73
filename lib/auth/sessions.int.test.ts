import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { createTestUser } from "@/lib/testing/factories";
import { deactivateUser, resetUserPassword } from "@/lib/users/mutations";
import { changePassword } from "./password-change";
import {
  endOwnOtherSessions,
  endSession,
  endSessionsOfUser,
  listOwnSessions,
  listSessionsOfUser,
  loadSessionUser,
  startSession,
} from "./sessions";

const PHONE =
  "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36";
const meta = { ip: "203.0.113.7", userAgent: PHONE };

async function signedIn(options: Parameters<typeof createTestUser>[0] = {}) {
  const user = await createTestUser(options);
  const sessionId = await startSession(db, user.id, meta);
  const claims = { userId: user.id, sessionId, sessionVersion: user.sessionVersion };
  return { user, sessionId, claims };
}

describe("staff sessions", () => {
  it("ends a session on sign-out, on the server: the same cookie no longer finds an account", async () => {
    const { user, sessionId, claims } = await signedIn();
    expect(await loadSessionUser(claims, meta)).toMatchObject({ id: user.id });
    await endSession(sessionId, meta);
    await endSession(sessionId, meta);
    expect(await loadSessionUser(claims, meta)).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { action: "auth.sign_out", targetId: sessionId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: user.id, ip: meta.ip });
  });

  it("refuses a cookie naming no session, someone else's, an expired one or an older session generation", async () => {
    const { user, sessionId, claims } = await signedIn();
    const other = await signedIn();
    expect(await loadSessionUser({ ...claims, sessionId: undefined }, meta)).toBeNull();
    expect(await loadSessionUser({ ...claims, sessionId: "not-a-uuid" }, meta)).toBeNull();
    expect(await loadSessionUser({ ...claims, sessionId: other.sessionId }, meta)).toBeNull();
    expect(await loadSessionUser({ ...claims, sessionVersion: user.sessionVersion - 1 }, meta)).toBeNull();
    const afterExpiry = new Date(Date.now() + 8 * 60 * 60 * 1000 + 1000);
    expect(await loadSessionUser(claims, meta, afterExpiry)).toBeNull();
    expect(await loadSessionUser({ ...claims, sessionId }, meta)).not.toBeNull();
  });

  it("notes the last activity at most once a minute", async () => {
    const { sessionId, claims } = await signedIn();
    const start = (await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    await loadSessionUser(claims, { ...meta, ip: "198.51.100.1" }, new Date(start.getTime() + 30_000));
    expect((await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(start);
    const minuteLater = new Date(start.getTime() + 61_000);
    await loadSessionUser(claims, { ...meta, ip: "198.51.100.1" }, minuteLater);
    const row = await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ lastSeenAt: minuteLater, ip: "198.51.100.1" });
  });

  it("lets an admin, and only an admin, end every session of an account, audited", async () => {
    const target = await signedIn();
    await startSession(db, target.user.id, meta);
    const admin = await createTestActor("ADMIN");
    const editor = await createTestActor("EDITOR");
    await expect(endSessionsOfUser(editor, target.user.id, meta)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listSessionsOfUser(editor, target.user.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listSessionsOfUser(admin, target.user.id)).toHaveLength(2);

    expect(await endSessionsOfUser(admin, target.user.id, meta)).toBe(2);
    expect(await loadSessionUser(target.claims, meta)).toBeNull();
    expect(await listSessionsOfUser(admin, target.user.id)).toEqual([]);
    const audit = await db.auditEvent.findFirst({
      where: { action: "auth.sessions_end", targetId: target.user.id },
    });
    expect(audit).toMatchObject({ actorId: admin.id, details: { ended: 2 } });
  });

  it("lists a staff member's own sessions with device, address and times, and ends the others", async () => {
    const current = await signedIn();
    const actor = { ...current.user, role: current.user.role };
    const otherId = await startSession(db, current.user.id, {
      ip: "198.51.100.9",
      userAgent: "Firefox/130.0 (Windows NT 10.0)",
    });
    const listed = await listOwnSessions(actor, current.sessionId);
    expect(listed).toHaveLength(2);
    expect(listed.find((item) => item.isCurrent)).toMatchObject({ device: "Chrome di Android", ip: meta.ip });
    expect(listed.find((item) => item.id === otherId)).toMatchObject({
      isCurrent: false,
      device: "Firefox di Windows",
    });

    expect(await endOwnOtherSessions(actor, current.sessionId, meta)).toBe(1);
    expect((await listOwnSessions(actor, current.sessionId)).map((item) => item.id)).toEqual([current.sessionId]);
  });

  it("ends every session when the password changes, is reset, or the account is deactivated", async () => {
    const own = await signedIn({ password: "sandi-lama-yang-panjang" });
    await changePassword(
      { id: own.user.id },
      {
        currentPassword: "sandi-lama-yang-panjang",
        newPassword: "sandi-baru-yang-panjang",
        confirmation: "sandi-baru-yang-panjang",
      },
    );
    expect(await db.staffSession.findUniqueOrThrow({ where: { id: own.sessionId } })).toMatchObject({
      endReason: "password_change",
    });

    const admin = await createTestActor("ADMIN");
    const reset = await signedIn();
    await resetUserPassword(admin, reset.user.id);
    expect(await db.staffSession.findUniqueOrThrow({ where: { id: reset.sessionId } })).toMatchObject({
      endReason: "password_reset",
    });
    const gone = await signedIn();
    await deactivateUser(admin, gone.user.id);
    expect(await db.staffSession.findUniqueOrThrow({ where: { id: gone.sessionId } })).toMatchObject({
      endReason: "deactivated",
    });
  });
});
