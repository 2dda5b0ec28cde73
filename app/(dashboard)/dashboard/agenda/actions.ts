"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import {
  createAgendaEvent,
  deleteAgendaEvent,
  publishAgendaEvent,
  unpublishAgendaEvent,
  updateAgendaEvent,
} from "@/lib/agenda/mutations";
import { makeAgendaSchema } from "@/lib/agenda/schema";
import type { Actor } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { requestMeta, type RequestMeta } from "@/lib/request";
import { site } from "@/lib/site";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const idSchema = z.uuid();
const BAD_ID: ActionResult<never> = { ok: false, formError: "Agenda tidak dikenal." };

function parseForm(formData: FormData) {
  return makeAgendaSchema(site.timeZone).safeParse({
    title: text(formData, "title"),
    startsAt: text(formData, "startsAt"),
    endsAt: text(formData, "endsAt"),
    place: text(formData, "place"),
    organiser: text(formData, "organiser"),
    description: text(formData, "description"),
  });
}

export async function createAgendaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await catchUnavailable(async (): Promise<ActionResult<string>> => {
    const actor = await requireActor();
    const parsed = parseForm(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      const { id } = await createAgendaEvent(actor, parsed.data, await requestMeta());
      return { ok: true, data: id };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (result.ok) redirect(`/dashboard/agenda/${result.data}`);
  return result;
}

export async function updateAgendaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = idSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = parseForm(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await updateAgendaEvent(actor, id.data, parsed.data, await requestMeta());
    } catch (error) {
      return failureOf(error);
    }
    revalidatePath(`/dashboard/agenda/${id.data}`);
    return { ok: true, data: undefined };
  });
}

/** A workflow button: the session, the id, one lib verb. */
async function runStep(
  formData: FormData,
  verb: (actor: Actor, id: string, meta: RequestMeta) => Promise<void>,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = idSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await verb(actor, id.data, await requestMeta());
    } catch (error) {
      return failureOf(error);
    }
    revalidatePath(`/dashboard/agenda/${id.data}`);
    return { ok: true, data: undefined };
  });
}

export async function publishAgendaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStep(formData, publishAgendaEvent);
}

export async function unpublishAgendaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStep(formData, unpublishAgendaEvent);
}

export async function deleteAgendaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runStep(formData, deleteAgendaEvent);
  if (result.ok) redirect("/dashboard/agenda");
  return result;
}
