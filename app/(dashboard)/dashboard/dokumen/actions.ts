"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import {
  createDocument,
  deleteDocument,
  setDocumentPublished,
  updateDocument,
  type DocumentUpload,
} from "@/lib/documents/mutations";
import { documentIdSchema, documentInputSchema } from "@/lib/documents/schema";
import { RuleViolationError } from "@/lib/errors";
import { requestMeta } from "@/lib/request";

// Each action checks the session itself; lib's assertCan("document.manage") is the role check,
// and lib checks the file's bytes, not its name or declared type.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const BAD_ID: ActionResult<never> = { ok: false, formError: "Dokumen tidak dikenal." };
const FILE_MISSING: ActionResult<never> = { ok: false, fieldErrors: { file: ["Pilih berkas dokumen."] } };

function inputOf(formData: FormData) {
  return documentInputSchema.safeParse({
    title: text(formData, "title"),
    slug: text(formData, "slug"),
    number: text(formData, "number"),
    year: text(formData, "year"),
    type: text(formData, "type"),
    issuer: text(formData, "issuer"),
    description: text(formData, "description"),
  });
}

/** The chosen file, or null when none was chosen (an empty file input sends an empty, unnamed File). */
async function uploadOf(formData: FormData): Promise<DocumentUpload | null> {
  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

/** lib refuses a file (its bytes, its size) with a RuleViolationError: the message belongs under the file field. */
function fileFailure(error: unknown): ActionResult<never> {
  if (error instanceof RuleViolationError) return { ok: false, fieldErrors: { file: [error.message] } };
  return failureOf(error);
}

export async function createDocumentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await catchUnavailable(async (): Promise<ActionResult<string>> => {
    const actor = await requireActor();
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    const upload = await uploadOf(formData);
    if (!upload) return FILE_MISSING;
    try {
      const { id } = await createDocument(actor, parsed.data, upload, await requestMeta());
      revalidatePath("/dashboard/dokumen");
      return { ok: true, data: id };
    } catch (error) {
      return fileFailure(error);
    }
  });
  if (!result.ok) return result;
  redirect(`/dashboard/dokumen/${result.data}`);
}

export async function updateDocumentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = documentIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await updateDocument(actor, id.data, parsed.data, await uploadOf(formData), await requestMeta());
      revalidatePath("/dashboard/dokumen", "layout");
      return { ok: true, data: undefined };
    } catch (error) {
      return fileFailure(error);
    }
  });
}

export async function setDocumentPublishedAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = documentIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await setDocumentPublished(actor, id.data, text(formData, "publish") === "true", await requestMeta());
      revalidatePath("/dashboard/dokumen", "layout");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function deleteDocumentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await catchUnavailable(async () => {
    const actor = await requireActor();
    const id = documentIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await deleteDocument(actor, id.data, await requestMeta());
      revalidatePath("/dashboard/dokumen");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (!result.ok) return result;
  redirect("/dashboard/dokumen");
}
