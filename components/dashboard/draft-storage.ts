import { z } from "zod";
import type { ArticleBody } from "@/lib/articles/body";
import type { ArticleFormValues } from "./article-form";

/**
 * The editor's copy of unsaved edits in the browser (localStorage), so typing survives a
 * failed save, a reload, a crashed tab or an error screen. One entry per staff member and
 * article ("baru" for one not created yet), keyed by the version the edits started from:
 * `warta:draf:<user>:<article>:v<version>`. The form writes it on every change (debounced),
 * offers it back when it opens, and removes it once the text is saved.
 *
 * Takes the Storage as an argument (tests pass an in-memory one); every call tolerates a
 * storage that is missing, full or throwing (private windows, quota): the form then says
 * it could not keep a copy instead of crashing.
 */

const PREFIX = "warta:draf:";

/** Whose edits of which article: the signed-in staff member's id and the article id or "baru". */
export type DraftScope = { ownerId: string; articleKey: string };

export type StoredDraft = {
  /** The article version the edits started from (1 for a new article). */
  baseVersion: number;
  /** When the copy was written (ISO). */
  savedAt: string;
  values: ArticleFormValues;
  /** Save attempts sent from `baseVersion` whose outcome is unknown (lib/articles/mutations SaveAttempt). */
  pendingSaveIds: string[];
};

/**
 * The body as stored by the editor. Only its outline is checked here: the server's body
 * schema is applied on save, and a copy must never be thrown away for a detail it would
 * reject, because that copy may be the only place the text still exists.
 */
const bodySchema = z.custom<ArticleBody>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "doc" &&
    Array.isArray((value as { content?: unknown }).content),
);

const storedDraftSchema = z.object({
  baseVersion: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  values: z.object({
    title: z.string(),
    slug: z.string(),
    dateline: z.string(),
    excerpt: z.string(),
    categoryId: z.string(),
    tagIds: z.array(z.string()),
    newTagNames: z.string(),
    body: bodySchema,
    coverImageId: z.string().nullable(),
    coverCaption: z.string(),
  }),
  pendingSaveIds: z.array(z.uuid()).max(20),
});

function scopePrefix(scope: DraftScope): string {
  return `${PREFIX}${scope.ownerId}:${scope.articleKey}:v`;
}

export function draftKey(scope: DraftScope, baseVersion: number): string {
  return `${scopePrefix(scope)}${baseVersion}`;
}

function keysOf(storage: Storage, scope: DraftScope): string[] {
  const prefix = scopePrefix(scope);
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function parse(raw: string | null): StoredDraft | null {
  if (raw === null) return null;
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The newest valid copy among the keys `matches` accepts. */
function newestDraft(storage: Storage | null, matches: (key: string) => boolean): StoredDraft | null {
  if (!storage) return null;
  try {
    let newest: StoredDraft | null = null;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (!key?.startsWith(PREFIX) || !matches(key)) continue;
      const draft = parse(storage.getItem(key));
      if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
    }
    return newest;
  } catch {
    return null;
  }
}

/** The newest copy for this article and person, whatever version it started from; null if none. */
export function readDraft(storage: Storage | null, scope: DraftScope): StoredDraft | null {
  const prefix = scopePrefix(scope);
  return newestDraft(storage, (key) => key.startsWith(prefix));
}

/** Any person's newest copy of an article (the error screen does not know who is signed in). */
export function readAnyDraft(storage: Storage | null, articleKey: string): StoredDraft | null {
  return newestDraft(storage, (key) => key.includes(`:${articleKey}:v`));
}

/**
 * Keeps `draft` as the one copy for this article and person (copies from older versions go:
 * the form holds a single text). False when the browser refused to store it.
 */
export function writeDraft(storage: Storage | null, scope: DraftScope, draft: StoredDraft): boolean {
  if (!storage) return false;
  const key = draftKey(scope, draft.baseVersion);
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    return false;
  }
  try {
    for (const other of keysOf(storage, scope)) if (other !== key) storage.removeItem(other);
  } catch {
    // An old copy left behind is offered at most once more, never instead of the new one (newest wins).
  }
  return true;
}

/** Removes every copy for this article and person (after a save, or when the writer discards it). */
export function clearDrafts(storage: Storage | null, scope: DraftScope): void {
  if (!storage) return;
  try {
    for (const key of keysOf(storage, scope)) storage.removeItem(key);
  } catch {
    // Nothing more can be done; a stale copy is offered once and can be discarded then.
  }
}

/** The browser's localStorage, or null where it is missing or blocked (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether two form states hold the same text (a copy equal to the stored article is not
 * worth offering). Key order and empty attributes do not count: the editor writes
 * `attrs: { textAlign: null }` where a stored body may have no `attrs` at all.
 */
export function isSameDraft(a: ArticleFormValues, b: ArticleFormValues): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) return item;
    const entries = Object.entries(item)
      .filter(([, field]) => field !== null && field !== undefined && !isEmptyObject(field))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

function isEmptyObject(value: unknown): boolean {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every((field) => field === null || field === undefined || isEmptyObject(field));
}
