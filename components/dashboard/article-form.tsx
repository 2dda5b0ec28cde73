"use client";

import { useRouter } from "next/navigation";
import { useCallback, useLayoutEffect, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { secondaryButtonClass } from "@/components/ui/button";
import { Field, Fieldset, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import {
  messageOf,
  validationFailure,
  type ActionFailure,
  type ActionResult,
  type FieldErrors,
} from "@/lib/action-result";
import type { ArticleSaveResult, ConflictVersion, WorkflowResult } from "@/lib/articles/conflict";
import { ARTICLE_FIELD_MESSAGES, articleDraftSchema } from "@/lib/articles/schema";
import { slugify } from "@/lib/articles/slug";
import { formatTime } from "@/lib/format";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import type { IndonesianTimeZone } from "@/lib/time";
import { mergeVersions, settleClashes, type MergeValues } from "@/lib/articles/merge";
import { ArticleConflictPanel } from "./article-conflict-panel";
import { DraftRestorePrompt } from "./draft-restore-prompt";
import { browserStorage, writeDraft } from "./draft-storage";
import { RichTextEditor } from "./rich-text-editor";
import { SaveStatusBar } from "./save-status-bar";
import { useArticleSave, type SavedArticle, type SaveMode } from "./use-article-save";
import { TagPicker } from "./tag-picker";
import { useAutosave } from "./use-autosave";
import { useDraftBackup } from "./use-draft-backup";

/**
 * The article editor: fields, TipTap body, client-side validation with the server's
 * schema, optimistic locking (the version it started from), saves that survive an
 * unreliable server (use-article-save.ts: ids per attempt, deadlines, retries with
 * backoff in use-autosave.ts), a copy of unsaved text in the browser that is offered back
 * after a reload or crash (use-draft-backup.ts, draft-restore-prompt.tsx), and the conflict
 * panel (article-conflict-panel.tsx). Workflow buttons are rendered by the page next to it
 * (`workflow` render prop) with the version this form currently holds.
 */

/** The stored fields (merged field by field after a conflict), plus tags typed but not yet created. */
export type ArticleFormValues = MergeValues & { newTagNames: string };

type Option = { id: string; name: string };
type TextFieldName = "title" | "dateline" | "excerpt" | "categoryId" | "newTagNames" | "coverCaption";
type SaveAction = (prev: ArticleSaveResult | null, formData: FormData) => Promise<ArticleSaveResult>;
type UploadAction = (formData: FormData) => Promise<ActionResult<{ id: string; url: string }>>;

type ArticleFormProps = {
  articleId: string | null;
  /** The signed-in staff member: the browser copy of unsaved text is kept per person. */
  draftOwnerId: string;
  initialVersion: number;
  initial: ArticleFormValues;
  isSlugFrozen: boolean;
  categories: Option[];
  tags: Option[];
  canCreateTags: boolean;
  coverUrl: string | null;
  /** The portal's zone, for the save times shown next to the buttons. */
  timeZone: IndonesianTimeZone;
  saveAction: SaveAction;
  autosaveAction?: (formData: FormData) => Promise<ArticleSaveResult>;
  uploadAction: UploadAction;
  /** The stored cover's alt text, editable after upload through `coverAltAction` (saved articles only). */
  initialCoverAlt?: string;
  coverAltAction?: (formData: FormData) => Promise<ActionResult>;
  /** Workflow forms for the current version; `isDirty` disables them until the text is saved. */
  workflow?: (state: { version: number; isDirty: boolean; onConflict: (result: WorkflowResult) => void }) => ReactNode;
};

function validate(values: ArticleFormValues): FieldErrors {
  const parsed = articleDraftSchema.safeParse({
    ...values,
    newTagNames: values.newTagNames
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  });
  return parsed.success ? {} : validationFailure(parsed.error, ARTICLE_FIELD_MESSAGES).fieldErrors;
}

function isValid(values: ArticleFormValues): boolean {
  return Object.keys(validate(values)).length === 0;
}

export function ArticleForm(props: ArticleFormProps) {
  const { articleId, categories, tags, canCreateTags, isSlugFrozen, saveAction, autosaveAction, uploadAction } = props;
  const router = useRouter();
  const [values, setValues] = useState<ArticleFormValues>(props.initial);
  const [isSlugTouched, setSlugTouched] = useState(
    props.initial.slug !== "" && props.initial.slug !== slugify(props.initial.title),
  );
  const [hasTriedSubmit, setTriedSubmit] = useState(false);
  const [isDirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<ConflictVersion | null>(null);
  const [failure, setFailure] = useState<ActionFailure<ConflictVersion> | null>(null);
  const [coverUrl, setCoverUrl] = useState(props.coverUrl);
  const [coverAlt, setCoverAlt] = useState(props.initialCoverAlt ?? "");
  const [coverMessage, setCoverMessage] = useState("");
  const [editorKey, setEditorKey] = useState(0);
  const changeSeq = useRef(0);
  const valuesRef = useRef(values);
  // What this editor's text started from (loaded or last saved): the base of the per-field
  // merge when someone else saved in between (lib/articles/merge.ts).
  const [base, setBase] = useState<MergeValues>(props.initial);
  useLayoutEffect(() => {
    valuesRef.current = values;
  });
  const draftScope = { ownerId: props.draftOwnerId, articleKey: articleId ?? "baru" };

  const saver = useArticleSave({
    articleId,
    initialVersion: props.initialVersion,
    values: valuesRef,
    changeCount: changeSeq,
    saveAction,
    autosaveAction,
    onSaved: (saved, _mode, hasChangedSince) => {
      setFailure(null);
      if (!articleId) {
        moveToCreated(saved, hasChangedSince);
        return;
      }
      if (!hasChangedSince) {
        setBase(valuesRef.current);
        setDirty(false);
        draft.clear();
      }
    },
    onConflict: (stored) => setConflict(stored),
    onRefused: (refused) => setFailure(refused),
    onInDoubt: () => draft.persist(),
  });
  const { version } = saver;

  const draft = useDraftBackup({
    scope: draftScope,
    version,
    values,
    isDirty,
    initial: props.initial,
    pendingSaveIds: saver.pendingSaveIds,
  });

  /** A new article is stored: continue in its own editor (text typed meanwhile goes along as its copy). */
  function moveToCreated(saved: SavedArticle, hasChangedSince: boolean) {
    draft.clear();
    if (hasChangedSince) {
      writeDraft(
        browserStorage(),
        { ownerId: props.draftOwnerId, articleKey: saved.id },
        {
          baseVersion: saved.version,
          savedAt: new Date().toISOString(),
          values: valuesRef.current,
          pendingSaveIds: [],
        },
      );
    }
    // The router keeps this page alive for "back": it should show an empty form, not the stored article.
    setValues(props.initial);
    setDirty(false);
    setEditorKey((key) => key + 1);
    router.push(`/dashboard/artikel/${saved.id}`);
  }

  const update = useCallback(
    <K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) => {
      changeSeq.current += 1;
      setDirty(true);
      setValues((previous) => {
        const next = { ...previous, [key]: value };
        if (key === "title" && !isSlugFrozen && !isSlugTouched) next.slug = slugify(String(value));
        return next;
      });
    },
    [isSlugFrozen, isSlugTouched],
  );

  const clientErrors = hasTriedSubmit ? validate(values) : {};

  useAutosave({
    isEnabled: articleId !== null && autosaveAction !== undefined,
    isPaused: conflict !== null || draft.offer !== null,
    isDirty,
    values,
    version,
    status: saver.status,
    isValid,
    save: saver.save,
  });

  function saveNow(mode: SaveMode) {
    setFailure(null);
    void saver.save(mode);
  }

  function restoreDraft() {
    const restored = draft.accept();
    if (!restored) return;
    changeSeq.current += 1;
    setValues(restored.values);
    setSlugTouched(restored.values.slug !== "" && restored.values.slug !== slugify(restored.values.title));
    // The stored preview belongs to the stored cover; a different one has no preview until saved.
    if (restored.values.coverImageId !== props.initial.coverImageId) setCoverUrl(null);
    saver.resume(restored.baseVersion, restored.pendingSaveIds);
    setEditorKey((key) => key + 1);
    setDirty(true);
  }

  const onWorkflowConflict = useCallback((result: WorkflowResult) => {
    if (!result.ok && result.conflict) setConflict(result.conflict);
  }, []);

  const errors: FieldErrors = { ...failure?.fieldErrors, ...clientErrors };
  function onTextChange(event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) {
    // Only fields named by textField() call this, so the name is one of TextFieldName.
    update(event.target.name as TextFieldName, event.target.value);
  }

  /** Name, value and messages of a field that edits `values[name]` as text (with `onChange={onTextChange}`). */
  const textField = (name: TextFieldName) => ({ name, value: values[name], errors: errors[name] });

  function loadStored(stored: ConflictVersion) {
    setValues({
      title: stored.title,
      slug: stored.slug,
      dateline: stored.dateline,
      excerpt: stored.excerpt,
      categoryId: stored.categoryId,
      tagIds: stored.tagIds,
      newTagNames: "",
      body: stored.body,
      coverImageId: stored.coverImageId,
      coverCaption: stored.coverCaption,
    });
    setBase(stored);
    saver.setVersion(stored.version);
    setEditorKey((key) => key + 1);
    setConflict(null);
    setDirty(false);
    draft.clear();
  }

  /** An upload whose request failed outright (network, server error page) is a message, not a crash. */
  async function upload(data: FormData): Promise<ActionResult<{ id: string; url: string }>> {
    try {
      return await uploadAction(data);
    } catch {
      return { ok: false, formError: "Gagal mengunggah: server tidak menjawab. Coba lagi." };
    }
  }

  async function uploadCover(file: File) {
    if (!coverAlt.trim()) {
      setCoverMessage("Isi teks alternatif gambar sampul dulu.");
      return;
    }
    if (file.size > IMAGE_LIMITS.maxBytes) {
      setCoverMessage(IMAGE_TOO_LARGE_MESSAGE);
      return;
    }
    setCoverMessage("Mengunggah…");
    const data = new FormData();
    data.set("file", file);
    data.set("alt", coverAlt);
    const result = await upload(data);
    if (result.ok) {
      update("coverImageId", result.data.id);
      setCoverUrl(result.data.url);
      setCoverMessage("Gambar sampul terunggah.");
    } else {
      setCoverMessage(messageOf(result) ?? "Gagal mengunggah.");
    }
  }

  async function saveCoverAlt() {
    if (!articleId || !props.coverAltAction) return;
    const data = new FormData();
    data.set("id", articleId);
    data.set("alt", coverAlt);
    setCoverMessage("Menyimpan teks alternatif…");
    try {
      const result = await props.coverAltAction(data);
      setCoverMessage(result.ok ? "Teks alternatif tersimpan." : (messageOf(result) ?? "Gagal menyimpan."));
    } catch {
      setCoverMessage("Gagal menyimpan: server tidak menjawab. Coba lagi.");
    }
  }

  async function uploadBodyImage(file: File, alt = "") {
    if (file.size > IMAGE_LIMITS.maxBytes) return { error: IMAGE_TOO_LARGE_MESSAGE };
    const data = new FormData();
    data.set("file", file);
    data.set("alt", alt || file.name);
    const result = await upload(data);
    return result.ok ? { url: result.data.url } : { error: messageOf(result) ?? "Gagal mengunggah." };
  }

  return (
    <div className="space-y-6">
      {draft.offer ? (
        <DraftRestorePrompt
          draft={draft.offer}
          currentVersion={version}
          timeZone={props.timeZone}
          onRestore={restoreDraft}
          onDiscard={draft.discard}
        />
      ) : null}
      {conflict ? (
        <ArticleConflictPanel
          mine={values}
          stored={conflict}
          storedAtTime={formatTime(new Date(conflict.savedAt), props.timeZone)}
          onLoadStored={() => loadStored(conflict)}
          merge={mergeVersions(base, values, conflict)}
          onOverwrite={(choices) => {
            const result = mergeVersions(base, values, conflict);
            const settled = settleClashes(result, conflict, choices);
            changeSeq.current += 1;
            valuesRef.current = settled;
            setValues(settled);
            if (JSON.stringify(settled.body) !== JSON.stringify(values.body)) setEditorKey((key) => key + 1);
            setConflict(null);
            saver.setVersion(conflict.version);
            saveNow("manual");
          }}
        />
      ) : null}
      <form
        noValidate
        // The form waits while a copy of unsaved text is offered: typing now would bury it.
        inert={draft.offer !== null}
        onSubmit={(event) => {
          event.preventDefault();
          setTriedSubmit(true);
          if (isValid(values)) saveNow("manual");
        }}
        className="space-y-5"
        aria-label="Artikel"
      >
        <FormError message={failure?.formError} />

        <InputField
          label="Judul"
          {...textField("title")}
          onChange={onTextChange}
          maxLength={200}
          controlClassName="font-serif text-xl"
        />

        <InputField
          label="Slug"
          name="slug"
          value={values.slug}
          readOnly={isSlugFrozen}
          onChange={(event) => {
            setSlugTouched(true);
            update("slug", event.target.value);
          }}
          errors={errors.slug}
          hint={
            isSlugFrozen
              ? "Slug dibekukan sejak artikel pertama terbit."
              : `Alamat berita: /berita/${values.slug || "…"}. Mengikuti judul sampai Anda mengubahnya.`
          }
          controlClassName="font-mono text-sm read-only:bg-wash"
        />

        <div className="grid gap-5 sm:grid-cols-2">
          <InputField label="Dateline" {...textField("dateline")} onChange={onTextChange} placeholder="Samarinda" />
          <SelectField label="Kategori" {...textField("categoryId")} onChange={onTextChange}>
            <option value="">— Pilih kategori —</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        </div>

        <TextareaField label="Ringkasan" {...textField("excerpt")} onChange={onTextChange} rows={3} />

        <TagPicker
          tagIds={values.tagIds}
          newTagNames={values.newTagNames}
          knownTags={tags}
          canCreate={canCreateTags}
          errors={[...(errors.tagIds ?? []), ...(errors.newTagNames ?? [])]}
          onTagIdsChange={(ids) => update("tagIds", ids)}
          onNewTagNamesChange={(names) => update("newTagNames", names)}
        />

        <Fieldset legend="Gambar sampul" isBoxed>
          {coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- preview of a just-uploaded variant
            <img src={coverUrl} alt={coverAlt || "Pratinjau gambar sampul"} className="max-h-48 self-start rounded" />
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="flex flex-col gap-2">
              <InputField
                label="Teks alternatif (wajib sebelum mengunggah)"
                value={coverAlt}
                onChange={(event) => setCoverAlt(event.target.value)}
              />
              {/* CASE: the stored cover: its alt text is saved on its own, without a new upload. */}
              {articleId &&
              props.coverAltAction &&
              values.coverImageId === props.initial.coverImageId &&
              values.coverImageId ? (
                <button
                  type="button"
                  className={`${secondaryButtonClass} self-start`}
                  onClick={() => void saveCoverAlt()}
                >
                  Simpan teks alternatif
                </button>
              ) : null}
            </div>
            <InputField
              label="Berkas gambar (JPEG, PNG, WebP; maks. 10 MB)"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void uploadCover(file);
              }}
              controlClassName="text-sm"
            />
          </div>
          <p role="status" className="text-sm text-muted">
            {coverMessage}
          </p>
          {values.coverImageId ? (
            <button
              type="button"
              className="self-start text-sm text-accent-700 underline"
              onClick={() => {
                update("coverImageId", null);
                setCoverUrl(null);
              }}
            >
              Hapus gambar sampul
            </button>
          ) : null}
          <InputField label="Keterangan foto" {...textField("coverCaption")} onChange={onTextChange} />
        </Fieldset>

        <Field label="Isi berita" errors={errors.body} isLabelledBy>
          {(control, labelId) => (
            <RichTextEditor
              key={editorKey}
              value={values.body}
              onChange={(body) => update("body", body)}
              onMoveDateline={(dateline) => update("dateline", dateline)}
              onUploadImage={uploadBodyImage}
              labelId={labelId}
              describedBy={control["aria-describedby"]}
              invalid={Boolean(control["aria-invalid"])}
            />
          )}
        </Field>

        <SaveStatusBar
          status={saver.status}
          isDirty={isDirty}
          isCopyStored={draft.isStored}
          timeZone={props.timeZone}
          onRetry={saveNow}
        />
      </form>
      {props.workflow ? props.workflow({ version, isDirty, onConflict: onWorkflowConflict }) : null}
    </div>
  );
}
