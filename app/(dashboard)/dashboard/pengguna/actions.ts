"use server";

import { revalidatePath } from "next/cache";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireRole, type SessionActor } from "@/lib/auth/session";
import { endSessionsOfUser } from "@/lib/auth/sessions";
import { requestMeta, type RequestMeta } from "@/lib/request";
import { createUser, deactivateUser, reactivateUser, resetUserPassword, updateUser } from "@/lib/users/mutations";
import { userCreateSchema, userIdSchema, userUpdateSchema } from "@/lib/users/schema";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const BAD_ID: ActionResult<never> = { ok: false, formError: "Pengguna tidak dikenal." };

export async function createUserAction(
  _previous: ActionResult<{ username: string; temporaryPassword: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ username: string; temporaryPassword: string }>> {
  return catchUnavailable(async () => {
    const actor = await requireRole("ADMIN");
    const parsed = userCreateSchema.safeParse({
      username: text(formData, "username"),
      displayName: text(formData, "displayName"),
      email: text(formData, "email"),
      role: text(formData, "role"),
      initials: text(formData, "initials"),
    });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      const created = await createUser(actor, parsed.data, await requestMeta());
      revalidatePath("/dashboard/pengguna");
      return { ok: true, data: { username: created.username, temporaryPassword: created.temporaryPassword } };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function updateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireRole("ADMIN");
    const id = userIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = userUpdateSchema.safeParse({
      displayName: text(formData, "displayName"),
      email: text(formData, "email"),
      role: text(formData, "role"),
      initials: text(formData, "initials"),
    });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await updateUser(actor, id.data, parsed.data, await requestMeta());
      revalidatePath("/dashboard/pengguna");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

type AccountChange<T> = (actor: SessionActor, userId: string, meta: RequestMeta) => Promise<T>;

/** Admin only: one change to the account named by the form's `id`, then a fresh list. */
async function changeAccount<T>(formData: FormData, change: AccountChange<T>): Promise<ActionResult<T>> {
  return catchUnavailable(async () => {
    const actor = await requireRole("ADMIN");
    const id = userIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      const data = await change(actor, id.data, await requestMeta());
      revalidatePath("/dashboard/pengguna");
      return { ok: true, data };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function deactivateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return changeAccount(formData, async (actor, userId, meta) => {
    await deactivateUser(actor, userId, meta);
    return undefined;
  });
}

export async function reactivateUserAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return changeAccount(formData, async (actor, userId, meta) => {
    await reactivateUser(actor, userId, meta);
    return undefined;
  });
}

export async function resetUserPasswordAction(
  _previous: ActionResult<{ temporaryPassword: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ temporaryPassword: string }>> {
  return changeAccount(formData, async (actor, userId, meta) => {
    const { temporaryPassword } = await resetUserPassword(actor, userId, meta);
    return { temporaryPassword };
  });
}

export async function endUserSessionsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return changeAccount(formData, async (actor, userId, meta) => {
    await endSessionsOfUser(actor, userId, meta);
    return undefined;
  });
}
