import type { ArticleStatus } from "@/lib/auth/permissions";
import { InvalidTransitionError } from "@/lib/errors";

/**
 * The article workflow as one table. Every status change in lib/articles/mutations goes
 * through `assertTransition`; the dashboard uses `canTransition` to offer only the
 * buttons that can work. Pure module (client components import it too).
 */

export type { ArticleStatus };

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draf",
  IN_REVIEW: "Menunggu tinjauan",
  SCHEDULED: "Terjadwal",
  PUBLISHED: "Terbit",
  ARCHIVED: "Diarsipkan",
};

const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  // submit, publish now, schedule
  DRAFT: ["IN_REVIEW", "PUBLISHED", "SCHEDULED"],
  // return to writer (with a note), publish now, schedule
  IN_REVIEW: ["DRAFT", "PUBLISHED", "SCHEDULED"],
  // due (or "publish now"), cancel the schedule
  SCHEDULED: ["PUBLISHED", "DRAFT"],
  // unpublish, archive. Never straight to SCHEDULED: a live article is unpublished first.
  PUBLISHED: ["DRAFT", "ARCHIVED"],
  // restore from the archive as a draft
  ARCHIVED: ["DRAFT"],
};

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws InvalidTransitionError unless the workflow allows `from` → `to`. */
export function assertTransition(from: ArticleStatus, to: ArticleStatus): void {
  if (!canTransition(from, to)) {
    throw new InvalidTransitionError(
      `Artikel berstatus "${STATUS_LABELS[from]}" tidak dapat diubah menjadi "${STATUS_LABELS[to]}".`,
    );
  }
}

/**
 * The workflow verbs and the statuses each starts from. Several verbs share a target
 * (return, cancel schedule, unpublish and restore all lead to DRAFT), so a verb checks
 * its own sources as well as the table above.
 */
export const WORKFLOW_VERBS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  return: { from: ["IN_REVIEW"], to: "DRAFT" },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "PUBLISHED" },
  schedule: { from: ["DRAFT", "IN_REVIEW"], to: "SCHEDULED" },
  cancelSchedule: { from: ["SCHEDULED"], to: "DRAFT" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED" },
  restore: { from: ["ARCHIVED"], to: "DRAFT" },
} as const satisfies Record<string, { from: readonly ArticleStatus[]; to: ArticleStatus }>;

export type WorkflowVerb = keyof typeof WORKFLOW_VERBS;

/** Whether `verb` can be applied to an article in `status` (for showing the right buttons). */
export function canApply(verb: WorkflowVerb, status: ArticleStatus): boolean {
  const { from, to } = WORKFLOW_VERBS[verb];
  return (from as readonly ArticleStatus[]).includes(status) && canTransition(status, to);
}

/** Throws InvalidTransitionError unless `verb` applies to an article in `status`. */
export function assertCanApply(verb: WorkflowVerb, status: ArticleStatus): void {
  const { to } = WORKFLOW_VERBS[verb];
  assertTransition(status, to);
  if (!canApply(verb, status)) {
    throw new InvalidTransitionError(
      `Artikel berstatus "${STATUS_LABELS[status]}" tidak dapat diubah menjadi "${STATUS_LABELS[to]}" dengan cara ini.`,
    );
  }
}
