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
