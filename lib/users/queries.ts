import "server-only";
import { assertCan, type Actor, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** An account as the admin screens show it (never the password hash). */
export type StaffUser = {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: Role;
  initials: string;
  isActive: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
};

const staffUserSelect = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  role: true,
  initials: true,
  isActive: true,
  mustChangePassword: true,
  lastLoginAt: true,
} as const;

/** ADMIN only. Every account, active ones first, then by display name. */
export async function listUsers(actor: Actor): Promise<StaffUser[]> {
  assertCan(actor, "user.manage");
  return db.user.findMany({ orderBy: [{ isActive: "desc" }, { displayName: "asc" }], select: staffUserSelect });
}

/** ADMIN only. One account, or null. */
export async function getUserForAdmin(actor: Actor, userId: string): Promise<StaffUser | null> {
  assertCan(actor, "user.manage");
  return db.user.findUnique({ where: { id: userId }, select: staffUserSelect });
}
