import type { ActionResult } from "@/lib/action-result";
import type { ArticleBody } from "./body";
import type { StaffArticle } from "./staff-queries";

/**
 * What the editor gets back from saves and workflow steps. Articles are saved with
 * optimistic locking, so a failure may carry the stored version that won, which the
 * conflict panel shows next to the writer's own text. Pure module (the editor imports it).
 */

/** The stored article when a save hits a newer version: plain and serialisable. */
export type ConflictVersion = {
  version: number;
  title: string;
  slug: string;
  dateline: string;
  excerpt: string;
  body: ArticleBody;
  categoryId: string;
  tagIds: string[];
  coverImageId: string | null;
  coverCaption: string;
  savedBy: string;
  savedAt: string;
};

/** A save returns the article (new for a create), its new version and when it was stored (ISO). */
export type ArticleSaveResult = ActionResult<{ id: string; version: number; savedAt: string }, ConflictVersion>;

export type WorkflowResult = ActionResult<undefined, ConflictVersion>;

export function toConflictVersion(current: StaffArticle): ConflictVersion {
  return {
    version: current.version,
    title: current.title,
    slug: current.slug,
    dateline: current.dateline,
    excerpt: current.excerpt,
    body: current.body,
    categoryId: current.categoryId,
    tagIds: current.tags.map((tag) => tag.id),
    coverImageId: current.coverImageId,
    coverCaption: current.coverCaption,
    savedBy: current.lastSavedBy ?? current.writer.displayName,
    savedAt: current.updatedAt.toISOString(),
  };
}
