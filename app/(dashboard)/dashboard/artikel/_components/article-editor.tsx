"use client";

import { ArticleForm, type ArticleFormValues } from "@/components/dashboard/article-form";
import { WorkflowForm } from "@/components/dashboard/workflow-buttons";
import { InputField, TextareaField } from "@/components/ui/field";
import {
  archiveArticleAction,
  autosaveArticleAction,
  cancelScheduleAction,
  createArticleAction,
  deleteArticleAction,
  publishArticleAction,
  restoreArticleAction,
  returnToWriterAction,
  saveArticleAction,
  scheduleArticleAction,
  submitForReviewAction,
  unpublishArticleAction,
} from "../actions";
import { uploadImageAction } from "../../media/actions";

export type AllowedSteps = {
  submit: boolean;
  return: boolean;
  publish: boolean;
  schedule: boolean;
  cancelSchedule: boolean;
  unpublish: boolean;
  archive: boolean;
  restore: boolean;
  delete: boolean;
};

type ArticleEditorProps = {
  articleId: string | null;
  version: number;
  initial: ArticleFormValues;
  isSlugFrozen: boolean;
  categories: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  canCreateTags: boolean;
  coverUrl: string | null;
  steps: AllowedSteps | null;
  /** "2026-11-28T18:00" in WITA: a sensible default for the schedule field. */
  defaultScheduleAt: string;
};

/** The editor page's client half: the form plus the workflow steps the server allowed. */
export function ArticleEditor(props: ArticleEditorProps) {
  const { articleId, steps } = props;
  return (
    <ArticleForm
      articleId={articleId}
      initialVersion={props.version}
      initial={props.initial}
      isSlugFrozen={props.isSlugFrozen}
      categories={props.categories}
      tags={props.tags}
      canCreateTags={props.canCreateTags}
      coverUrl={props.coverUrl}
      saveAction={articleId ? saveArticleAction : createArticleAction}
      autosaveAction={articleId ? autosaveArticleAction : undefined}
      uploadAction={uploadImageAction}
      workflow={
        articleId && steps
          ? ({ version, isDirty, onConflict }) => {
              const common = { id: articleId, version, disabled: isDirty, onConflict };
              return (
                <section aria-labelledby="alur-kerja" className="rounded border border-line bg-wash p-4">
                  <h2 id="alur-kerja" className="mb-1 font-bold">
                    Alur kerja
                  </h2>
                  {isDirty ? (
                    <p className="mb-2 text-sm text-muted">Simpan perubahan dulu sebelum mengubah status.</p>
                  ) : null}
                  <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {steps.submit ? (
                      <WorkflowForm
                        {...common}
                        action={submitForReviewAction}
                        label="Kirim ke redaktur"
                        tone="primary"
                      />
                    ) : null}
                    {steps.publish ? (
                      <WorkflowForm {...common} action={publishArticleAction} label="Terbitkan" tone="primary" />
                    ) : null}
                    {steps.return ? (
                      <WorkflowForm {...common} action={returnToWriterAction} label="Kembalikan ke penulis">
                        <TextareaField
                          label="Catatan untuk penulis (wajib)"
                          name="note"
                          required
                          hasRequiredMark={false}
                          rows={3}
                        />
                      </WorkflowForm>
                    ) : null}
                    {steps.schedule ? (
                      <WorkflowForm {...common} action={scheduleArticleAction} label="Jadwalkan">
                        <InputField
                          label="Waktu terbit (WITA)"
                          type="datetime-local"
                          name="scheduledAt"
                          required
                          defaultValue={props.defaultScheduleAt}
                        />
                      </WorkflowForm>
                    ) : null}
                    {steps.cancelSchedule ? (
                      <WorkflowForm {...common} action={cancelScheduleAction} label="Batalkan jadwal" />
                    ) : null}
                    {steps.unpublish ? (
                      <WorkflowForm
                        {...common}
                        action={unpublishArticleAction}
                        label="Tarik dari publikasi"
                        tone="danger"
                        confirm="Tarik artikel ini dari situs publik?"
                      />
                    ) : null}
                    {steps.archive ? <WorkflowForm {...common} action={archiveArticleAction} label="Arsipkan" /> : null}
                    {steps.restore ? <WorkflowForm {...common} action={restoreArticleAction} label="Pulihkan" /> : null}
                    {steps.delete ? (
                      <WorkflowForm
                        {...common}
                        disabled={false}
                        action={deleteArticleAction}
                        label="Hapus"
                        tone="danger"
                        confirm="Hapus artikel ini untuk selamanya? Tindakan ini tidak dapat dibatalkan."
                      />
                    ) : null}
                  </div>
                </section>
              );
            }
          : undefined
      }
    />
  );
}
