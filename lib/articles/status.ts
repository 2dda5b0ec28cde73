import type { ArticleStatus } from "@/lib/auth/permissions";

/**
 * The editorial workflow as a table of allowed status changes. Every mutation checks it
 * before writing; the dashboard uses it (with `can`) to decide which buttons to show.
 * Pure module (client components import it too).
 */

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draf",
  IN_REVIEW: "Menunggu tinjauan",
  SCHEDULED: "Terjadwal",
  PUBLISHED: "Terbit",
  ARCHIVED: "Diarsipkan",
};

export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;

const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  // CASE: editors may publish or schedule their own copy without a review round.
  DRAFT: ["IN_REVIEW", "PUBLISHED", "SCHEDULED", "ARCHIVED"],
  // CASE: "returned to the writer" is DRAFT again, with the reviewer's note.
  IN_REVIEW: ["DRAFT", "PUBLISHED", "SCHEDULED", "ARCHIVED"],
  // CASE: cancelling a schedule puts the article back in the review queue.
  SCHEDULED: ["IN_REVIEW", "PUBLISHED"],
  // CASE: a published article cannot move straight to scheduled; unpublishing makes it a draft.
  PUBLISHED: ["DRAFT", "ARCHIVED"],
  ARCHIVED: ["DRAFT"],
};

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
