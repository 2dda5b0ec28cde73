import { useEffect, useEffectEvent } from "react";
import type { ArticleFormValues } from "./article-form";
import { retryDelayMs } from "./save-retry";
import type { SaveMode, SaveStatus } from "./use-article-save";

/** Long enough that a writer in mid-sentence is not interrupted by a save every few words. */
const AUTOSAVE_DELAY_MS = 5_000;

type AutosaveOptions = {
  /** Saves a few seconds after typing stops: only for an existing article with an autosave action. */
  isEnabled: boolean;
  /** True while a conflict or the restore prompt waits for a choice. */
  isPaused: boolean;
  isDirty: boolean;
  values: ArticleFormValues;
  version: number;
  status: SaveStatus;
  /** Half-typed input that would fail is not sent; the writer sees the messages when saving by hand. */
  isValid: (values: ArticleFormValues) => boolean;
  save: (mode: SaveMode) => Promise<void>;
};

/**
 * The editor's save a few seconds after the last change, and its retries: after a save
 * that may not have reached the database (unavailable, or no answer), the same kind of
 * save is tried again after 5, 10, 20, 40 s, then every minute, until one gets an answer.
 * New typing restarts the wait; "Simpan" and "Coba lagi" do not wait at all.
 */
export function useAutosave({ isEnabled, isPaused, isDirty, values, version, status, isValid, save }: AutosaveOptions) {
  // Effect events: the callbacks may be new on every render without restarting the timer.
  const checkValid = useEffectEvent(() => isValid(values));
  const run = useEffectEvent((mode: SaveMode) => void save(mode));
  const retry = status.phase === "failed" ? { mode: status.mode, failures: status.failures } : null;
  const retryMode = retry?.mode;
  const retryFailures = retry?.failures ?? 0;
  const isSaving = status.phase === "saving";
  useEffect(() => {
    if (isPaused || isSaving) return;
    // CASE: the last save may not have arrived: try it again after the backoff, whatever the form.
    if (retryMode) {
      const timer = window.setTimeout(() => {
        if (checkValid()) run(retryMode);
      }, retryDelayMs(retryFailures));
      return () => window.clearTimeout(timer);
    }
    // CASE: ordinary typing in an existing article.
    if (!isEnabled || !isDirty) return;
    const timer = window.setTimeout(() => {
      if (checkValid()) run("auto");
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [isEnabled, isPaused, isDirty, isSaving, retryMode, retryFailures, values, version]);
}
