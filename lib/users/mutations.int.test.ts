import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, ForbiddenError, RuleViolationError } from "@/lib/errors";
import { createTestArticle, createTestUser, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, updateUser } from "./mutations";
import { listUsers } from "./queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: () => {}, cacheTag: () => {} }));
beforeEach(() => revalidateTag.mockClear());
const tagsCalled = () => revalidateTag.mock.calls.map(([tag]) => tag as string);

const madeUsers: string[] = [];
const madeCategories: string[] = [];
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { OR: [{ actorId: { in: madeUsers } }, { targetId: { in: madeUsers } }] } });
  await deleteTestRows({ userIds: madeUsers, categoryIds: madeCategories });
});

async function user(role: "ADMIN" | "EDITOR" | "WRITER", isActive = true) {
  const row = await createTestUser({ role, isActive });
  madeUsers.push(row.id);
  return row;
}

function actorOf(row: Awaited<ReturnType<typeof createTestUser>>): Actor {
  return { id: row.id, role: row.role, username: row.username, displayName: row.displayName, initials: row.initials };
}

function newAccount(role: "ADMIN" | "EDITOR" | "WRITER" = "WRITER") {
  const suffix = uniqueSuffix();
  return {
    username: `akun-${suffix}`,
    displayName: `Akun ${suffix}`,
    email: `akun-${suffix}@warta.test`,
    role,
    initials: "Akn",
  };
}

async function auditFor(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { id: "asc" } });
}

/**
 * Leaves `keep` as the only active admin: every other active admin (from other tests or
 * seeds in this database) is deactivated for the duration of `run`, then restored.
 */
async function asOnlyActiveAdmin(keepId: string, run: () => Promise<void>) {
  const others = await db.user.findMany({
    where: { role: "ADMIN", isActive: true, id: { not: keepId } },
    select: { id: true },
  });
  const ids = others.map((row) => row.id);
  await db.user.updateMany({ where: { id: { in: ids } }, data: { isActive: false } });
  try {
    await run();
  } finally {
    await db.user.updateMany({ where: { id: { in: ids } }, data: { isActive: true } });
  }
}

describe("createUser", () => {
  it("creates an account with a temporary password that must be changed, audited without the password", async () => {
    const admin = actorOf(await user("ADMIN"));
    const input = newAccount("EDITOR");
    const created = await createUser(admin, input, { ip: "198.51.100.1", userAgent: "" });
    madeUsers.push(created.id);
    expect(created.temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ username: input.username, role: "EDITOR", mustChangePassword: true, isActive: true });
    expect(await verifyPassword(row.passwordHash, created.temporaryPassword)).toBe(true);
    const [event] = await auditFor(created.id);
    expect(event).toMatchObject({ action: "user.create", actorId: admin.id, ip: "198.51.100.1" });
    expect(JSON.stringify(event?.details)).not.toContain(created.temporaryPassword);
  });

  it("gives two different passwords to two accounts", async () => {
    const admin = actorOf(await user("ADMIN"));
    const first = await createUser(admin, newAccount());
    const second = await createUser(admin, newAccount());
    madeUsers.push(first.id, second.id);
    expect(first.temporaryPassword).not.toBe(second.temporaryPassword);
  });

  it("refuses a taken username or e-mail as a field error", async () => {
    const admin = actorOf(await user("ADMIN"));
    const existing = await user("WRITER");
    await expect(createUser(admin, { ...newAccount(), username: existing.username })).rejects.toMatchObject({
      field: "username",
    });
    const clash = createUser(admin, { ...newAccount(), email: existing.email });
    await expect(clash).rejects.toBeInstanceOf(FieldConflictError);
    await expect(clash).rejects.toMatchObject({ field: "email" });
  });
});

describe("updateUser", () => {
  it("edits fields and audits a role change apart, with old and new role", async () => {
    const admin = actorOf(await user("ADMIN"));
    const target = await user("WRITER");
    await updateUser(admin, target.id, {
      displayName: "Nama Baru",
      email: target.email,
      initials: "Nb",
      role: "EDITOR",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      displayName: "Nama Baru",
      initials: "Nb",
      role: "EDITOR",
    });
    const events = await auditFor(target.id);
    expect(events.map((event) => event.action)).toEqual(["user.update", "user.role_change"]);
    expect(events[1]?.details).toMatchObject({ from: "WRITER", to: "EDITOR" });
    expect(events[0]?.details).toMatchObject({ changed: ["displayName", "initials"] });
  });

  it("a new display name or initials refreshes the writer's public pages; an e-mail or role change does not", async () => {
    const admin = actorOf(await user("ADMIN"));
    const target = await user("WRITER");
    const same = { displayName: target.displayName, email: target.email, initials: target.initials };
    await updateUser(admin, target.id, { ...same, email: `baru-${target.email}`, role: "EDITOR" });
    expect(revalidateTag).not.toHaveBeenCalled();

    await updateUser(admin, target.id, { ...same, displayName: "Nama Tampil Baru", role: "EDITOR" });
    expect(tagsCalled()).toEqual(expect.arrayContaining([`author:${target.username}`, "articles:lists"]));
    revalidateTag.mockClear();
    await updateUser(admin, target.id, { ...same, displayName: "Nama Tampil Baru", initials: "Ntb", role: "EDITOR" });
    expect(tagsCalled()).toContain(`author:${target.username}`);
  });

  it("refuses an e-mail that belongs to another account", async () => {
    const admin = actorOf(await user("ADMIN"));
    const target = await user("WRITER");
    const other = await user("WRITER");
    await expect(
      updateUser(admin, target.id, { displayName: "X Y", email: other.email, initials: "Xy", role: "WRITER" }),
    ).rejects.toMatchObject({ field: "email" });
  });

  it("refuses an admin's own demotion", async () => {
    const adminRow = await user("ADMIN");
    await user("ADMIN");
    const admin = actorOf(adminRow);
    await expect(
      updateUser(admin, admin.id, {
        displayName: adminRow.displayName,
        email: adminRow.email,
        initials: "ad",
        role: "EDITOR",
      }),
    ).rejects.toThrow("sendiri");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("never demotes the last active admin", async () => {
    const acting = actorOf(await user("ADMIN"));
    const lastAdmin = await user("ADMIN");
    // The acting admin is deactivated mid-flight (e.g. by a third admin), leaving lastAdmin alone.
    await asOnlyActiveAdmin(lastAdmin.id, async () => {
      await expect(
        updateUser(acting, lastAdmin.id, {
          displayName: "A B",
          email: lastAdmin.email,
          initials: "ab",
          role: "WRITER",
        }),
      ).rejects.toBeInstanceOf(RuleViolationError);
      expect((await db.user.findUniqueOrThrow({ where: { id: lastAdmin.id } })).role).toBe("ADMIN");
    });
  });

  it("demotes an admin while another active admin remains", async () => {
    const acting = actorOf(await user("ADMIN"));
    const other = await user("ADMIN");
    await updateUser(acting, other.id, { displayName: "A B", email: other.email, initials: "ab", role: "EDITOR" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("EDITOR");
  });
});

describe("deactivateUser / reactivateUser", () => {
  it("deactivates, bumps the session version, keeps bylines, and reactivates", async () => {
    const admin = actorOf(await user("ADMIN"));
    const target = await user("WRITER");
    const article = await createTestArticle({ writerId: target.id });
    madeCategories.push(article.categoryId);
    await deactivateUser(admin, target.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).writerId).toBe(target.id);
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ isActive: false, sessionVersion: target.sessionVersion + 1 });
    await expect(deactivateUser(admin, target.id)).rejects.toBeInstanceOf(RuleViolationError);
    await reactivateUser(admin, target.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).isActive).toBe(true);
    expect((await auditFor(target.id)).map((event) => event.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("refuses to deactivate oneself", async () => {
    const admin = actorOf(await user("ADMIN"));
    await expect(deactivateUser(admin, admin.id)).rejects.toBeInstanceOf(RuleViolationError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).isActive).toBe(true);
  });

  it("never deactivates the last active admin", async () => {
    const acting = actorOf(await user("ADMIN"));
    const lastAdmin = await user("ADMIN");
    await asOnlyActiveAdmin(lastAdmin.id, async () => {
      await expect(deactivateUser(acting, lastAdmin.id)).rejects.toThrow("minimal satu administrator aktif");
      expect((await db.user.findUniqueOrThrow({ where: { id: lastAdmin.id } })).isActive).toBe(true);
    });
  });
});

describe("resetUserPassword", () => {
  it("sets a new temporary password, forces a change and ends sessions", async () => {
    const admin = actorOf(await user("ADMIN"));
    const target = await user("EDITOR");
    const { temporaryPassword } = await resetUserPassword(admin, target.id);
    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.mustChangePassword).toBe(true);
    expect(row.sessionVersion).toBe(target.sessionVersion + 1);
    expect(await verifyPassword(row.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(row.passwordHash, "kata-sandi-uji-123")).toBe(false);
    const [event] = await auditFor(target.id);
    expect(event?.action).toBe("user.password_reset");
    expect(JSON.stringify(event?.details)).not.toContain(temporaryPassword);
  });
});

describe("permissions", () => {
  it.each(["WRITER", "EDITOR"] as const)("a %s can do nothing to accounts, and nothing changes", async (role) => {
    const actor = actorOf(await user(role));
    const target = await user("WRITER");
    const input = newAccount();
    await expect(createUser(actor, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateUser(actor, target.id, { displayName: "Diubah", email: target.email, initials: "D", role: "ADMIN" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deactivateUser(actor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reactivateUser(actor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetUserPassword(actor, target.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(actor)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.user.findUnique({ where: { username: input.username } })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({
      displayName: target.displayName,
      role: "WRITER",
      isActive: true,
      passwordHash: target.passwordHash,
      sessionVersion: target.sessionVersion,
    });
    expect(await auditFor(target.id)).toEqual([]);
  });

  it("an admin lists accounts without password hashes", async () => {
    const admin = actorOf(await user("ADMIN"));
    const rows = await listUsers(admin);
    const mine = rows.find((row) => row.id === admin.id);
    expect(mine).toBeDefined();
    expect(Object.keys(mine ?? {})).not.toContain("passwordHash");
  });
});
