"use client";

import type { ComponentProps } from "react";
import { ArticleForm, type ArticleFormValues } from "@/components/dashboard/article-form";
import { WorkflowForm } from "@/components/dashboard/workflow-buttons";
import { InputField, TextareaField } from "@/components/ui/field";
import { WORKFLOW_BUTTONS, type WorkflowStep } from "@/lib/articles/status";
import { zoneLabel, type IndonesianTimeZone } from "@/lib/time";
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
  setPublishTimeAction,
  submitForReviewAction,
  unpublishArticleAction,
  updateCoverAltAction,
} from "../actions";
import { uploadImageAction } from "../../media/actions";

/** The server action behind each workflow button. */
const STEP_ACTIONS: Record<WorkflowStep, ComponentProps<typeof WorkflowForm>["action"]> = {
  submit: submitForReviewAction,
  publish: publishArticleAction,
  return: returnToWriterAction,
  schedule: scheduleArticleAction,
  cancelSchedule: cancelScheduleAction,
  unpublish: unpublishArticleAction,
  archive: archiveArticleAction,
  restore: restoreArticleAction,
  delete: deleteArticleAction,
};

type ArticleEditorProps = {
  articleId: string | null;
  /** The signed-in staff member, whose browser copy of unsaved text this editor keeps. */
  ownerId: string;
  version: number;
  initial: ArticleFormValues;
  isSlugFrozen: boolean;
  categories: { id: string; name: string }[];
  /** The article's own tags (the picker looks any other up as the writer types). */
  tags: { id: string; name: string }[];
  canCreateTags: boolean;
  coverUrl: string | null;
  /** The workflow buttons the server allows, in order (lib/articles/status). */
  steps: readonly WorkflowStep[] | null;
  /** The portal's zone: the schedule field is read in it, save times are shown in it. */
  timeZone: IndonesianTimeZone;
  /** "2026-11-28T18:00" in the portal's zone: a sensible default for the schedule field. */
  defaultScheduleAt: string;
  /** The publish time as a datetime-local value when this editor may restate it (published or archived); else null. */
  publishTime: string | null;
  /** The stored cover's alt text (empty without a cover). */
  coverAlt: string;
};

/** The editor page's client half: the form plus the workflow steps the server allowed. */
export function ArticleEditor(props: ArticleEditorProps) {
  const { articleId, steps } = props;
  return (
    <ArticleForm
      articleId={articleId}
      draftOwnerId={props.ownerId}
      initialVersion={props.version}
      initial={props.initial}
      isSlugFrozen={props.isSlugFrozen}
      categories={props.categories}
      tags={props.tags}
      canCreateTags={props.canCreateTags}
      coverUrl={props.coverUrl}
      timeZone={props.timeZone}
      saveAction={articleId ? saveArticleAction : createArticleAction}
      autosaveAction={articleId ? autosaveArticleAction : undefined}
      uploadAction={uploadImageAction}
      initialCoverAlt={props.coverAlt}
      coverAltAction={articleId ? updateCoverAltAction : undefined}
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
                    {steps.map((step) => {
                      const button = WORKFLOW_BUTTONS[step];
                      return (
                        <WorkflowForm
                          key={step}
                          {...common}
                          // Deleting throws the unsaved changes away with the article, so it never waits for a save.
                          disabled={step === "delete" ? false : isDirty}
                          action={STEP_ACTIONS[step]}
                          label={button.label}
                          tone={button.tone}
                          confirm={button.confirm}
                        >
                          {button.input === "note" ? (
                            <TextareaField
                              label="Catatan untuk penulis (wajib)"
                              name="note"
                              required
                              hasRequiredMark={false}
                              rows={3}
                            />
                          ) : button.input === "scheduledAt" ? (
                            <InputField
                              label={`Waktu terbit (${zoneLabel(props.timeZone)})`}
                              type="datetime-local"
                              name="scheduledAt"
                              required
                              defaultValue={props.defaultScheduleAt}
                            />
                          ) : null}
                        </WorkflowForm>
                      );
                    })}
                  </div>
                  {props.publishTime ? (
                    <div className="mt-4 border-t border-line pt-4">
                      <WorkflowForm {...common} action={setPublishTimeAction} label="Ubah tanggal terbit">
                        <InputField
                          label={`Tanggal terbit (${zoneLabel(props.timeZone)})`}
                          hint="Untuk berita arsip: waktu terbit aslinya. Tidak boleh di masa depan."
                          type="datetime-local"
                          name="publishedAt"
                          required
                          defaultValue={props.publishTime}
                        />
                      </WorkflowForm>
                    </div>
                  ) : null}
                </section>
              );
            }
          : undefined
      }
    />
  );
}
