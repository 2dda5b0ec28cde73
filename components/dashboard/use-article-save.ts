import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { isUnavailableFailure, type ActionFailure } from "@/lib/action-result";
import type { ArticleSaveResult, ConflictVersion } from "@/lib/articles/conflict";
import type { ArticleFormValues } from "./article-form";
import { SAVE_TIMEOUT_MS, SaveAttempts, withTimeout } from "./save-retry";

/**
 * Every save of the article editor, by hand or automatic, goes through here: one request at
 * a time, each with the ids that make a retry safe (save-retry.ts), each with a deadline, and
 * no outcome that throws into the page. The form keeps its text whatever happens; this hook
 * only reports what became of it.
 */

export type SaveMode = "manual" | "auto";

/** Why a save may not have reached the database: it said so, or nothing answered in time. */
export type SaveFailureReason = "unavailable" | "no-response";

/** Why the last saves may not have arrived, and how many in a row did not. */
export type SaveFailure = { reason: SaveFailureReason; failures: number };

export type SaveStatus =
  | { phase: "idle" }
  /** `retrying`: the failure this save tries to recover from, still shown while it runs. */
  | { phase: "saving"; mode: SaveMode; retrying?: SaveFailure }
  | { phase: "saved"; mode: SaveMode; savedAt: string }
  /** The text may or may not be stored, and is sent again. */
  | ({ phase: "failed"; mode: SaveMode } & SaveFailure)
  /** The server refused the input or a rule; the form shows the messages. */
  | { phase: "refused" };

export type SavedArticle = { id: string; version: number; savedAt: string };

type SaveOptions = {
  articleId: string | null;
  initialVersion: number;
  /** The form's current values (read when a save starts, so a queued save sends the newest text). */
  values: RefObject<ArticleFormValues>;
  /** Counts the form's changes, so a result can tell whether the writer typed on meanwhile. */
  changeCount: RefObject<number>;
  saveAction: (previous: ArticleSaveResult | null, formData: FormData) => Promise<ArticleSaveResult>;
  autosaveAction: ((formData: FormData) => Promise<ArticleSaveResult>) | undefined;
  onSaved: (saved: SavedArticle, mode: SaveMode, hasChangedSince: boolean) => void;
  onConflict: (conflict: ConflictVersion) => void;
  onRefused: (failure: ActionFailure<ConflictVersion>) => void;
  /** A save ended in doubt: the browser copy should be written now, with the attempts in doubt. */
  onInDoubt: () => void;
};

export function useArticleSave(options: SaveOptions) {
  const [status, setStatus] = useState<SaveStatus>({ phase: "idle" });
  const [version, setVersionState] = useState(options.initialVersion);
  // The version the next request starts from. A ref as well as state: a save queued behind
  // another must start from the version that one produced, before React has re-rendered.
  const versionRef = useRef(options.initialVersion);
  const attempts = useRef(new SaveAttempts());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const failures = useRef(0);
  const isMounted = useRef(true);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const setVersion = useCallback((next: number) => {
    versionRef.current = next;
    setVersionState(next);
  }, []);

  const send = useCallback(
    async (mode: SaveMode) => {
      const { articleId, values, changeCount, saveAction, autosaveAction } = latest.current;
      const action =
        mode === "auto" && articleId && autosaveAction
          ? autosaveAction
          : (formData: FormData) => saveAction(null, formData);
      const base = versionRef.current;
      const text = JSON.stringify(values.current);
      const ids = attempts.current.start(base, text);
      const startedAt = changeCount.current;
      setStatus((previous) => ({ phase: "saving", mode, retrying: failureIn(previous) }));

      let result: ArticleSaveResult | null;
      try {
        result = await withTimeout(action(toFormData(articleId, base, values.current, ids)), SAVE_TIMEOUT_MS);
      } catch {
        // No answer in time, the network, or a server error page: nothing says the text is lost
        // or stored, so it is treated like an unavailable database.
        result = null;
      }
      if (!isMounted.current) return;
      const callbacks = latest.current;

      if (result?.ok) {
        attempts.current.settle();
        failures.current = 0;
        setVersion(result.data.version);
        setStatus({ phase: "saved", mode, savedAt: result.data.savedAt });
        callbacks.onSaved(result.data, mode, startedAt !== changeCount.current);
        return;
      }
      if (result === null || isUnavailableFailure(result)) {
        attempts.current.markUnknown(ids.saveId, text);
        failures.current += 1;
        setStatus({
          phase: "failed",
          mode,
          reason: result === null ? "no-response" : "unavailable",
          failures: failures.current,
        });
        callbacks.onInDoubt();
        return;
      }
      if (result.conflict) {
        attempts.current.settle();
        failures.current = 0;
        setStatus({ phase: "idle" });
        callbacks.onConflict(result.conflict);
        return;
      }
      // CASE: refused input or rule. Nothing was written; earlier attempts stay in doubt.
      failures.current = 0;
      setStatus(mode === "auto" ? { phase: "idle" } : { phase: "refused" });
      if (mode === "manual") callbacks.onRefused(result);
    },
    [setVersion],
  );

  /** Sends the form's text now, after any save still running. */
  const save = useCallback(
    (mode: SaveMode): Promise<void> => {
      const next = queue.current.then(() => send(mode));
      queue.current = next.catch(() => undefined);
      return next;
    },
    [send],
  );

  /** Takes over the version and attempts in doubt of a draft restored from the browser copy. */
  const resume = useCallback(
    (baseVersion: number, pendingSaveIds: readonly string[]) => {
      setVersion(baseVersion);
      attempts.current.restore(baseVersion, pendingSaveIds);
    },
    [setVersion],
  );

  const pendingSaveIds = useCallback(() => attempts.current.pendingIds(), []);

  return { status, version, setVersion, save, resume, pendingSaveIds };
}

function failureIn(status: SaveStatus): SaveFailure | undefined {
  if (status.phase === "failed") return { reason: status.reason, failures: status.failures };
  return status.phase === "saving" ? status.retrying : undefined;
}

/** The fields the form submits, built from its state, plus the attempt's ids. */
function toFormData(
  articleId: string | null,
  version: number,
  values: ArticleFormValues,
  ids: { saveId: string; priorSaveIds: string[] },
): FormData {
  const data = new FormData();
  if (articleId) data.set("id", articleId);
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
  data.set("saveId", ids.saveId);
  for (const id of ids.priorSaveIds) data.append("priorSaveIds", id);
  return data;
}
