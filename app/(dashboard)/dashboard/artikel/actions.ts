"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  archiveArticle,
  ArticleConflictError,
  cancelSchedule,
  createDraft,
  deleteArticle,
  publishArticle,
  restoreArticle,
  restoreRevision,
  returnToWriter,
  type SaveAttempt,
  scheduleArticle,
  setPublishTime,
  submitForReview,
  unpublishArticle,
  updateArticle,
  updateCoverAlt,
} from "@/lib/articles/mutations";
import {
  catchUnavailable,
  failureOf,
  validationFailure,
  type ActionFailure,
  type ActionResult,
} from "@/lib/action-result";
import {
  toConflictVersion,
  type ArticleSaveResult,
  type ConflictVersion,
  type WorkflowResult,
} from "@/lib/articles/conflict";
import {
  ARTICLE_FIELD_MESSAGES,
  articleDraftSchema,
  articleUpdateSchema,
  coverAltSchema,
  makePublishTimeSchema,
  makeScheduleSchema,
  returnNoteSchema,
} from "@/lib/articles/schema";
import { requireActor } from "@/lib/auth/session";
import { requestMeta, type RequestMeta } from "@/lib/request";
import { site } from "@/lib/site";

const idSchema = z.uuid();
const versionSchema = z.coerce.number().int().min(1);

/** The editor's ids for this save request and its unanswered predecessors (lib/articles/mutations SaveAttempt). */
const saveAttemptSchema = z.object({
  saveId: z.uuid().optional(),
  priorSaveIds: z.array(z.uuid()).max(20).default([]),
});

/** A malformed attempt id only costs the retry protection; the save itself goes ahead. */
function attemptFromForm(formData: FormData): SaveAttempt {
  const parsed = saveAttemptSchema.safeParse({
    saveId: formData.get("saveId") || undefined,
    priorSaveIds: formData.getAll("priorSaveIds"),
  });
  return parsed.success ? parsed.data : {};
}

function readJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The editor form as an object for the schemas (field names match the schema). */
function draftFromForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    slug: text("slug"),
    dateline: text("dateline"),
    excerpt: text("excerpt"),
    categoryId: text("categoryId"),
    tagIds: formData.getAll("tagIds").filter((value) => typeof value === "string"),
    newTagNames: text("newTagNames")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    body: readJson(formData.get("body")),
    coverImageId: text("coverImageId") || null,
    coverCaption: text("coverCaption"),
    version: text("version"),
  };
}

/** A lost optimistic lock carries the stored version for the conflict panel; other domain errors as usual. */
function failure(error: unknown): ActionFailure<ConflictVersion> {
  if (error instanceof ArticleConflictError) return { ok: false, conflict: toConflictVersion(error.current) };
  return failureOf(error);
}

export async function createArticleAction(
  _prev: ArticleSaveResult | null,
  formData: FormData,
): Promise<ArticleSaveResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const parsed = articleDraftSchema.safeParse(draftFromForm(formData));
    if (!parsed.success) return validationFailure(parsed.error, ARTICLE_FIELD_MESSAGES);
    try {
      const { id, version } = await createDraft(actor, parsed.data, await requestMeta(), attemptFromForm(formData));
      // The form moves to the new article itself, after clearing its copy in the browser.
      return { ok: true, data: { id, version, savedAt: new Date().toISOString() } };
    } catch (error) {
      return failure(error);
    }
  });
}

async function save(formData: FormData, options: { autosave?: boolean }): Promise<ArticleSaveResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = idSchema.safeParse(formData.get("id"));
    if (!id.success) return { ok: false, formError: "Artikel tidak ditemukan." };
    const parsed = articleUpdateSchema.safeParse(draftFromForm(formData));
    // CASE (autosave): half-typed input is not an error worth showing; the next save by hand reports it.
    if (!parsed.success) return validationFailure(parsed.error, ARTICLE_FIELD_MESSAGES);
    try {
      const attempt = attemptFromForm(formData);
      const { version } = await updateArticle(
        actor,
        id.data,
        parsed.data,
        { ...options, ...attempt },
        await requestMeta(),
      );
      return { ok: true, data: { id: id.data, version, savedAt: new Date().toISOString() } };
    } catch (error) {
      return failure(error);
    }
  });
}

export async function saveArticleAction(
  _prev: ArticleSaveResult | null,
  formData: FormData,
): Promise<ArticleSaveResult> {
  return save(formData, {});
}

/** Called by the editor every few seconds while the form has unsaved changes. */
export async function autosaveArticleAction(formData: FormData): Promise<ArticleSaveResult> {
  return save(formData, { autosave: true });
}

function workflowTarget(formData: FormData) {
  const id = idSchema.safeParse(formData.get("id"));
  const version = versionSchema.safeParse(formData.get("version"));
  return id.success && version.success ? { id: id.data, version: version.data } : null;
}

type Step = (
  actor: Awaited<ReturnType<typeof requireActor>>,
  id: string,
  version: number,
  meta: RequestMeta,
) => Promise<unknown>;

/** Signs the caller in (or sends them to /login) before answering that the input was invalid. */
async function refuseInput(failure: ActionFailure): Promise<WorkflowResult> {
  return catchUnavailable(async () => {
    await requireActor();
    return failure;
  });
}

async function runWorkflow(formData: FormData, step: Step): Promise<WorkflowResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const target = workflowTarget(formData);
    if (!target) return { ok: false, formError: "Permintaan tidak valid. Muat ulang halaman." };
    try {
      await step(actor, target.id, target.version, await requestMeta());
      return { ok: true, data: undefined };
    } catch (error) {
      return failure(error);
    }
  });
}

export async function submitForReviewAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, submitForReview);
}

export async function returnToWriterAction(_prev: WorkflowResult | null, formData: FormData): Promise<WorkflowResult> {
  const note = returnNoteSchema.safeParse({ note: formData.get("note") ?? "" });
  if (!note.success) return refuseInput(validationFailure(note.error));
  return runWorkflow(formData, (actor, id, version, meta) => returnToWriter(actor, id, version, note.data.note, meta));
}

export async function publishArticleAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, publishArticle);
}

export async function scheduleArticleAction(_prev: WorkflowResult | null, formData: FormData): Promise<WorkflowResult> {
  const parsed = makeScheduleSchema(site.timeZone).safeParse({ scheduledAt: formData.get("scheduledAt") ?? "" });
  if (!parsed.success) return refuseInput(validationFailure(parsed.error));
  return runWorkflow(formData, (actor, id, version, meta) =>
    scheduleArticle(actor, id, version, parsed.data.scheduledAt, meta),
  );
}

export async function setPublishTimeAction(_prev: WorkflowResult | null, formData: FormData): Promise<WorkflowResult> {
  const parsed = makePublishTimeSchema(site.timeZone).safeParse({ publishedAt: formData.get("publishedAt") ?? "" });
  if (!parsed.success) return refuseInput(validationFailure(parsed.error));
  return runWorkflow(formData, (actor, id, version, meta) =>
    setPublishTime(actor, id, version, parsed.data.publishedAt, meta),
  );
}

export async function updateCoverAltAction(formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = idSchema.safeParse(formData.get("id"));
    if (!id.success) return { ok: false, formError: "Artikel tidak ditemukan." };
    const parsed = coverAltSchema.safeParse({ alt: formData.get("alt") ?? "" });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await updateCoverAlt(actor, id.data, parsed.data.alt, await requestMeta());
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function cancelScheduleAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, cancelSchedule);
}

export async function unpublishArticleAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, unpublishArticle);
}

export async function archiveArticleAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, archiveArticle);
}

export async function restoreArticleAction(_prev: WorkflowResult | null, formData: FormData) {
  return runWorkflow(formData, restoreArticle);
}

export async function deleteArticleAction(_prev: WorkflowResult | null, formData: FormData): Promise<WorkflowResult> {
  const deleted = await catchUnavailable(async (): Promise<WorkflowResult> => {
    const actor = await requireActor();
    const id = idSchema.safeParse(formData.get("id"));
    if (!id.success) return { ok: false, formError: "Artikel tidak ditemukan." };
    try {
      await deleteArticle(actor, id.data, await requestMeta());
      return { ok: true, data: undefined };
    } catch (error) {
      return failure(error);
    }
  });
  if (!deleted.ok) return deleted;
  redirect("/dashboard/artikel");
}

export async function restoreRevisionAction(_prev: WorkflowResult | null, formData: FormData): Promise<WorkflowResult> {
  const revisionId = idSchema.safeParse(formData.get("revisionId"));
  if (!revisionId.success) return refuseInput({ ok: false, formError: "Revisi tidak ditemukan." });
  return runWorkflow(formData, (actor, id, version, meta) =>
    restoreRevision(actor, id, revisionId.data, version, meta),
  );
}
