"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import {
  createAnnouncement,
  deleteAnnouncement,
  publishAnnouncement,
  unpublishAnnouncement,
  updateAnnouncement,
  type AttachmentUpload,
} from "@/lib/announcements/mutations";
import { isPdf, NOT_A_PDF_MESSAGE, PDF_MAX_BYTES, PDF_TOO_LARGE_MESSAGE } from "@/lib/announcements/pdf";
import { ANNOUNCEMENT_FIELD_MESSAGES, makeAnnouncementSchema } from "@/lib/announcements/schema";
import { requireActor } from "@/lib/auth/session";
import { requestMeta } from "@/lib/request";
import { site } from "@/lib/site";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function jsonOf(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

const idSchema = z.uuid();
const BAD_ID: ActionResult<never> = { ok: false, formError: "Pengumuman tidak dikenal." };

type Parsed =
  | { ok: true; input: z.output<ReturnType<typeof makeAnnouncementSchema>>; upload: AttachmentUpload | null }
  | { ok: false; failure: ActionResult<never> };

/** The form's fields and its PDF, checked here for messages on the fields; lib checks the PDF again. */
async function parseForm(formData: FormData): Promise<Parsed> {
  const parsed = makeAnnouncementSchema(site.timeZone).safeParse({
    title: text(formData, "title"),
    body: jsonOf(text(formData, "body")),
    validUntil: text(formData, "validUntil"),
    isAttachmentRemoved: formData.get("isAttachmentRemoved") === "on",
  });
  if (!parsed.success) return { ok: false, failure: validationFailure(parsed.error, ANNOUNCEMENT_FIELD_MESSAGES) };
  const file = formData.get("attachment");
  if (!(file instanceof File) || file.size === 0) return { ok: true, input: parsed.data, upload: null };
  if (file.size > PDF_MAX_BYTES)
    return { ok: false, failure: { ok: false, fieldErrors: { attachment: [PDF_TOO_LARGE_MESSAGE] } } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return { ok: false, failure: { ok: false, fieldErrors: { attachment: [NOT_A_PDF_MESSAGE] } } };
  return { ok: true, input: parsed.data, upload: { bytes, name: file.name } };
}

export async function createAnnouncementAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const result = await catchUnavailable(async (): Promise<ActionResult | { ok: true; data: string }> => {
    const actor = await requireActor();
    const parsed = await parseForm(formData);
    if (!parsed.ok) return parsed.failure;
    try {
      const { id } = await createAnnouncement(actor, parsed.input, parsed.upload, await requestMeta());
      return { ok: true, data: id };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (result.ok && typeof result.data === "string") redirect(`/dashboard/pengumuman/${result.data}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

export async function updateAnnouncementAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = idSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = await parseForm(formData);
    if (!parsed.ok) return parsed.failure;
    try {
      await updateAnnouncement(actor, id.data, parsed.input, parsed.upload, await requestMeta());
    } catch (error) {
      return failureOf(error);
    }
    revalidatePath(`/dashboard/pengumuman/${id.data}`);
    return { ok: true, data: undefined };
  });
}

function workflowAction(
  run: (actor: Awaited<ReturnType<typeof requireActor>>, id: string) => Promise<void>,
): (previous: ActionResult | null, formData: FormData) => Promise<ActionResult> {
  return async (_previous, formData) =>
    catchUnavailable(async () => {
      const actor = await requireActor();
      const id = idSchema.safeParse(text(formData, "id"));
      if (!id.success) return BAD_ID;
      try {
        await run(actor, id.data);
      } catch (error) {
        return failureOf(error);
      }
      revalidatePath(`/dashboard/pengumuman/${id.data}`);
      return { ok: true, data: undefined };
    });
}

export async function publishAnnouncementAction(previous: ActionResult | null, formData: FormData) {
  return workflowAction(async (actor, id) => publishAnnouncement(actor, id, await requestMeta()))(previous, formData);
}

export async function unpublishAnnouncementAction(previous: ActionResult | null, formData: FormData) {
  return workflowAction(async (actor, id) => unpublishAnnouncement(actor, id, await requestMeta()))(previous, formData);
}

export async function deleteAnnouncementAction(previous: ActionResult | null, formData: FormData) {
  const result = await workflowAction(async (actor, id) => deleteAnnouncement(actor, id, await requestMeta()))(
    previous,
    formData,
  );
  if (result.ok) redirect("/dashboard/pengumuman");
  return result;
}
