import type { ArticleBody } from "@/lib/articles/body";

/** What the stored article looks like when a save hits a newer version (plain, serialisable). */
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

export type ArticleActionResult =
  | { ok: true; data: { version: number; savedAt: string } }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string; conflict?: ConflictVersion };

export type WorkflowResult =
  { ok: true } | { ok: false; fieldErrors?: Record<string, string>; formError?: string; conflict?: ConflictVersion };
