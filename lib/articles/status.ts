import { can, type Action, type Actor, type ArticleRef, type ArticleStatus } from "@/lib/auth/permissions";
import { InvalidTransitionError } from "@/lib/errors";

/**
 * The article workflow as one declaration. Each verb names the statuses it starts from,
 * where it leads and the permission it needs; WORKFLOW_BUTTONS gives each its button.
 * Everything else is derived from these: the transition table (`canTransition`), the
 * checks in lib/articles/mutations (`assertCanApply`) and the buttons the editor shows
 * (`allowedWorkflowSteps`). Pure module (client components import it too).
 */

export type { ArticleStatus };

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draf",
  IN_REVIEW: "Menunggu tinjauan",
  SCHEDULED: "Terjadwal",
  PUBLISHED: "Terbit",
  ARCHIVED: "Diarsipkan",
};

/** How a workflow button looks and what it asks for before it is sent. */
export type WorkflowButton = {
  label: string;
  tone: "primary" | "danger" | "plain";
  /** Asked in a browser confirm dialog before the step runs. */
  confirm?: string;
  /** A field the step needs: the reviewer's note, or the publish time. */
  input?: "note" | "scheduledAt";
};

type VerbDeclaration = { from: readonly ArticleStatus[]; to: ArticleStatus; permission: Action };

/**
 * The workflow verbs, in the order the editor shows their buttons. Several verbs share a
 * target (return, cancel schedule, unpublish and restore all lead to DRAFT), so a verb is
 * checked against its own sources, not only against its target.
 */
export const WORKFLOW_VERBS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article.submit" },
  // CASE: "publish now" also takes a scheduled article live before its time.
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "PUBLISHED", permission: "article.publish" },
  return: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article.return" },
  // A live article is never scheduled straight away: it is unpublished first.
  schedule: { from: ["DRAFT", "IN_REVIEW"], to: "SCHEDULED", permission: "article.schedule" },
  cancelSchedule: { from: ["SCHEDULED"], to: "DRAFT", permission: "article.schedule" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", permission: "article.unpublish" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED", permission: "article.archive" },
  restore: { from: ["ARCHIVED"], to: "DRAFT", permission: "article.archive" },
} as const satisfies Record<string, VerbDeclaration>;

export type WorkflowVerb = keyof typeof WORKFLOW_VERBS;

const VERBS = Object.keys(WORKFLOW_VERBS) as WorkflowVerb[];

function declarationOf(verb: WorkflowVerb): VerbDeclaration {
  return WORKFLOW_VERBS[verb];
}

/** Whether any verb leads from `from` to `to`: the transition table is the verbs' edges. */
export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return VERBS.some((verb) => {
    const declaration = declarationOf(verb);
    return declaration.to === to && declaration.from.includes(from);
  });
}

/** Throws InvalidTransitionError unless the workflow allows `from` → `to`. */
export function assertTransition(from: ArticleStatus, to: ArticleStatus): void {
  if (!canTransition(from, to)) {
    throw new InvalidTransitionError(
      `Artikel berstatus "${STATUS_LABELS[from]}" tidak dapat diubah menjadi "${STATUS_LABELS[to]}".`,
    );
  }
}

/** Whether `verb` can be applied to an article in `status`. */
export function canApply(verb: WorkflowVerb, status: ArticleStatus): boolean {
  return declarationOf(verb).from.includes(status);
}

/** Throws InvalidTransitionError unless `verb` applies to an article in `status`. */
export function assertCanApply(verb: WorkflowVerb, status: ArticleStatus): void {
  const { to } = declarationOf(verb);
  assertTransition(status, to);
  if (!canApply(verb, status)) {
    throw new InvalidTransitionError(
      `Artikel berstatus "${STATUS_LABELS[status]}" tidak dapat diubah menjadi "${STATUS_LABELS[to]}" dengan cara ini.`,
    );
  }
}

/** The editor's buttons: every workflow verb, then deleting the article (not a status change). */
export type WorkflowStep = WorkflowVerb | "delete";

/** The button of each step (the editor orders them by WORKFLOW_VERBS, then delete). */
export const WORKFLOW_BUTTONS: Record<WorkflowStep, WorkflowButton> = {
  submit: { label: "Kirim ke redaktur", tone: "primary" },
  publish: { label: "Terbitkan", tone: "primary" },
  return: { label: "Kembalikan ke penulis", tone: "plain", input: "note" },
  schedule: { label: "Jadwalkan", tone: "plain", input: "scheduledAt" },
  cancelSchedule: { label: "Batalkan jadwal", tone: "plain" },
  unpublish: { label: "Tarik dari publikasi", tone: "danger", confirm: "Tarik artikel ini dari situs publik?" },
  archive: { label: "Arsipkan", tone: "plain" },
  restore: { label: "Pulihkan", tone: "plain" },
  delete: {
    label: "Hapus",
    tone: "danger",
    confirm: "Hapus artikel ini untuk selamanya? Tindakan ini tidak dapat dibatalkan.",
  },
};

/**
 * The steps `actor` may take on `article` now, in button order: the verb applies to the
 * article's status and the permission table allows it.
 */
export function allowedWorkflowSteps(actor: Actor, article: ArticleRef): WorkflowStep[] {
  const verbs = VERBS.filter(
    (verb) => canApply(verb, article.status) && can(actor, declarationOf(verb).permission, article),
  );
  return can(actor, "article.delete", article) ? [...verbs, "delete"] : verbs;
}
