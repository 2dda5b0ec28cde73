import { useEffect, useEffectEvent, type RefObject } from "react";
import type { ArticleSaveResult } from "@/lib/articles/conflict";
import type { ArticleFormValues } from "./article-form";

/** Long enough that a writer in mid-sentence is not interrupted by a save every few words. */
const AUTOSAVE_DELAY_MS = 5_000;

type AutosaveOptions = {
  /** Null for an article not created yet: there is nothing to save into. */
  articleId: string | null;
  version: number;
  values: ArticleFormValues;
  /** Saves the form outside its own submission; absent where autosave is off. */
  action: ((formData: FormData) => Promise<ArticleSaveResult>) | undefined;
  /** True while there is nothing new, a save by hand is running, or a conflict waits for a choice. */
  isPaused: boolean;
  /** Half-typed input that would fail is not sent; the writer sees the messages when saving by hand. */
  isValid: (values: ArticleFormValues) => boolean;
  /** Counts the form's changes, so a result can tell whether the writer typed on meanwhile. */
  changeCount: RefObject<number>;
  onStart: () => void;
  onResult: (result: ArticleSaveResult, hasChangedSince: boolean) => void;
};

/** The editor's save a few seconds after the last change, while nothing else is being saved. */
export function useAutosave({
  articleId,
  version,
  values,
  action,
  isPaused,
  isValid,
  changeCount,
  onStart,
  onResult,
}: AutosaveOptions) {
  // Effect events: the callbacks may be new on every render without restarting the timer.
  const checkValid = useEffectEvent(isValid);
  const start = useEffectEvent(onStart);
  const finish = useEffectEvent(onResult);
  useEffect(() => {
    if (!articleId || !action || isPaused) return;
    const timer = window.setTimeout(async () => {
      if (!checkValid(values)) return;
      const startedAt = changeCount.current;
      start();
      const result = await action(toFormData(articleId, version, values));
      finish(result, startedAt !== changeCount.current);
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [articleId, action, isPaused, changeCount, values, version]);
}

/** The same fields the form submits, built from its state (the timer has no form event). */
function toFormData(articleId: string, version: number, values: ArticleFormValues): FormData {
  const data = new FormData();
  data.set("id", articleId);
  data.set("version", String(version));
  data.set("title", values.title);
  data.set("slug", values.slug);
  data.set("dateline", values.dateline);
  data.set("excerpt", values.excerpt);
  data.set("categoryId", values.categoryId);
  for (const tagId of values.tagIds) data.append("tagIds", tagId);
  data.set("newTagNames", values.newTagNames);
  data.set("body", JSON.stringify(values.body));
  data.set("coverImageId", values.coverImageId ?? "");
  data.set("coverCaption", values.coverCaption);
  return data;
}
