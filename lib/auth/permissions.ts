import { ForbiddenError } from "@/lib/errors";

/**
 * The whole authorization policy in one table. `lib` enforces it with `assertCan`
 * before every write; the dashboard uses `can` to hide what a role cannot do, but
 * hiding is never the check. Pure module (client components import it too).
 */

export type Role = "ADMIN" | "EDITOR" | "WRITER";
export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

export type Actor = {
  id: string;
  role: Role;
  username: string;
  displayName: string;
  initials: string;
};

/** What a permission check needs to know about an article. */
export type ArticleRef = { writerId: string; status: ArticleStatus };

export const ACTIONS = [
  "dashboard.view",
  "article.create",
  "article.view",
  "article.viewAll",
  "article.edit",
  "article.submit",
  "article.return",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.archive",
  "article.delete",
  "article.preview",
  "media.upload",
  "tag.create",
  "category.manage",
  "user.manage",
  "audit.view",
  "site.refresh",
  // Portal content beyond news (emergency banner, announcements, agenda).
  "banner.manage",
  "announcement.create",
  "announcement.edit",
  "announcement.publish",
  "announcement.delete",
  "agenda.create",
  "agenda.edit",
  "agenda.publish",
  "agenda.delete",
  "page.edit",
  "page.menu",
  "document.manage",
  "gallery.manage",
  // Newsroom: the home page's pinned headline and featured articles.
  "home.pin",
  // Newsroom: the original publish time of an archived article.
  "article.backdate",
] as const;

export type Action = (typeof ACTIONS)[number];

type Rule = (actor: Actor, article?: ArticleRef) => boolean;

const isEditorOrAdmin: Rule = (actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
const isAdmin: Rule = (actor) => actor.role === "ADMIN";
const anyone: Rule = () => true;
const ownsIt = (actor: Actor, article?: ArticleRef) => article !== undefined && article.writerId === actor.id;

/** A writer works on their own drafts only; once submitted, the article is the editors'. */
const ownDraft: Rule = (actor, article) => ownsIt(actor, article) && article?.status === "DRAFT";

/** Editors and admins see every article; lib/articles/visibility turns this into the dashboard's query scope. */
const seesEveryArticle: Rule = isEditorOrAdmin;

const POLICY: Record<Action, Rule> = {
  "dashboard.view": anyone,
  "article.create": anyone,
  "article.viewAll": seesEveryArticle,
  // CASE: writers see their own articles in any state (to follow them through review).
  "article.view": (actor, article) => seesEveryArticle(actor) || ownsIt(actor, article),
  "article.preview": (actor, article) => seesEveryArticle(actor) || ownsIt(actor, article),
  "article.edit": (actor, article) => isEditorOrAdmin(actor) || ownDraft(actor, article),
  "article.submit": (actor, article) =>
    ownDraft(actor, article) || (isEditorOrAdmin(actor) && article?.status === "DRAFT"),
  "article.return": isEditorOrAdmin,
  "article.publish": isEditorOrAdmin,
  "article.schedule": isEditorOrAdmin,
  "article.unpublish": isEditorOrAdmin,
  "article.archive": isEditorOrAdmin,
  // CASE: a writer may throw away a draft of their own; anything else is an editor's call.
  "article.delete": (actor, article) => isEditorOrAdmin(actor) || ownDraft(actor, article),
  "media.upload": anyone,
  "tag.create": isEditorOrAdmin,
  "category.manage": isEditorOrAdmin,
  "user.manage": isAdmin,
  "audit.view": isAdmin,
  // Refreshing every public page is harmless but costly under load: a newsroom decision.
  "site.refresh": isEditorOrAdmin,
  // Portal content beyond news. The subject is an announcement or agenda item as an
  // ArticleRef (its author as writerId; status DRAFT or PUBLISHED): writers draft their own,
  // editors and admins publish and manage every one, as with articles.
  // CASE: the emergency banner reaches every page at once, so only editors and admins raise it.
  "banner.manage": isEditorOrAdmin,
  "announcement.create": anyone,
  "announcement.edit": (actor, item) => isEditorOrAdmin(actor) || ownDraft(actor, item),
  "announcement.publish": isEditorOrAdmin,
  "announcement.delete": (actor, item) => isEditorOrAdmin(actor) || ownDraft(actor, item),
  "agenda.create": anyone,
  "agenda.edit": (actor, item) => isEditorOrAdmin(actor) || ownDraft(actor, item),
  "agenda.publish": isEditorOrAdmin,
  "agenda.delete": (actor, item) => isEditorOrAdmin(actor) || ownDraft(actor, item),
  // Static pages (Profil, Visi & Misi, …) speak for the government: editors and admins
  // write and publish them; only admins decide what the masthead and footer menu shows first.
  "page.edit": isEditorOrAdmin,
  "page.menu": isAdmin,
  // Documents (Perda, SK, APBD …) are official records and galleries the office's own
  // photos: published by the people who publish articles.
  "document.manage": isEditorOrAdmin,
  "gallery.manage": isEditorOrAdmin,
  // What leads the home page is an editorial decision, like publishing.
  "home.pin": isEditorOrAdmin,
  // CASE: the publish date is part of the record; only editors restate it (never into the future).
  "article.backdate": isEditorOrAdmin,
};

export function can(actor: Actor, action: Action, article?: ArticleRef): boolean {
  return POLICY[action](actor, article);
}

/** Throws ForbiddenError unless `can(actor, action, article)`. */
export function assertCan(actor: Actor, action: Action, article?: ArticleRef): void {
  if (!can(actor, action, article)) throw new ForbiddenError();
}
