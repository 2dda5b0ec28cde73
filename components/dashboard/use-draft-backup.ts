import { useCallback, useEffect, useRef, useState } from "react";
import type { ArticleFormValues } from "./article-form";
import {
  browserStorage,
  clearDrafts,
  isSameDraft,
  readDraft,
  writeDraft,
  type DraftScope,
  type StoredDraft,
} from "./draft-storage";

/** Short enough that a crash loses at most a few keystrokes, long enough not to write on each one. */
const WRITE_DELAY_MS = 400;

type DraftBackupOptions = {
  scope: DraftScope;
  version: number;
  values: ArticleFormValues;
  isDirty: boolean;
  /** The text the form opened with: a copy equal to it is not worth offering. */
  initial: ArticleFormValues;
  /** Save attempts in doubt, stored with the copy so a restored draft's save is recognised. */
  pendingSaveIds: () => string[];
};

/**
 * Keeps the editor's unsaved text in the browser (draft-storage.ts) while it is dirty,
 * writing shortly after each change and at once when the page is hidden, closed, or the
 * form unmounts (an error screen replacing it included). When the form opens it looks
 * for a copy left by an earlier visit and offers it (`offer`) until the writer restores
 * or discards it; nothing is written over that copy meanwhile.
 */
export function useDraftBackup({ scope, version, values, isDirty, initial, pendingSaveIds }: DraftBackupOptions) {
  const { ownerId, articleKey } = scope;
  // null until storage has been looked at; then the copy on offer, if any.
  const [found, setFound] = useState<{ offer: StoredDraft | null } | null>(null);
  const offer = found?.offer ?? null;
  // Whether the last write worked: the form only promises "aman di peramban ini" when it did.
  const [isStored, setStored] = useState(true);
  // The write of the form's current text (null while nothing needs keeping), and whether it is due.
  const write = useRef<(() => void) | null>(null);
  const isDue = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!isDue.current) return;
    isDue.current = false;
    write.current?.();
  }, []);

  // Looks after mounting (storage does not exist during the server render), and again when the
  // router shows a page it kept hidden: its effects mount anew while its state survived.
  const initialRef = useRef(initial);
  const valuesRef = useRef(values);
  useEffect(() => {
    valuesRef.current = values;
  });
  useEffect(() => {
    const copy = readDraft(browserStorage(), { ownerId, articleKey });
    // CASE: the copy holds exactly the stored text (its save got through after all): nothing to offer.
    const isStale = copy !== null && isSameDraft(copy.values, initialRef.current);
    if (isStale) clearDrafts(browserStorage(), { ownerId, articleKey });
    // CASE: the form already shows the copy's text (a page kept alive by the router): keep writing it.
    const isShown = copy !== null && isSameDraft(copy.values, valuesRef.current);
    // Storage exists only in the browser, so it is read after hydration and the prompt appears
    // one frame later; rendering it on the first pass would not match the server's HTML.
    setFound({ offer: copy && !isStale && !isShown ? copy : null });
  }, [ownerId, articleKey]);

  const isWriting = found !== null && offer === null && isDirty;
  useEffect(() => {
    if (!isWriting) {
      write.current = null;
      return;
    }
    write.current = () =>
      setStored(
        writeDraft(
          browserStorage(),
          { ownerId, articleKey },
          { baseVersion: version, savedAt: new Date().toISOString(), values, pendingSaveIds: pendingSaveIds() },
        ),
      );
    isDue.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, WRITE_DELAY_MS);
  }, [isWriting, ownerId, articleKey, version, values, pendingSaveIds, flush]);

  // The last keystrokes must reach storage when the tab goes away or the form is replaced.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [flush]);

  /** Writes the copy now (after a save ended in doubt, so its attempt ids are kept too). */
  const persist = useCallback(() => {
    isDue.current = true;
    flush();
  }, [flush]);

  /** The text is stored on the server: the copy is no longer needed. */
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    isDue.current = false;
    clearDrafts(browserStorage(), { ownerId, articleKey });
  }, [ownerId, articleKey]);

  /** Hands the offered copy to the form; it becomes the form's text and is kept on writing. */
  const accept = useCallback((): StoredDraft | null => {
    setFound({ offer: null });
    return offer;
  }, [offer]);

  const discard = useCallback(() => {
    setFound({ offer: null });
    clearDrafts(browserStorage(), { ownerId, articleKey });
  }, [ownerId, articleKey]);

  return { offer, isStored, persist, clear, accept, discard };
}
