"use client";

import { useActionState, useCallback, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { Field, Fieldset, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, messageOf, validationFailure, type ActionResult, type FieldErrors } from "@/lib/action-result";
import type { ArticleBody } from "@/lib/articles/body";
import type { ArticleSaveResult, ConflictVersion, WorkflowResult } from "@/lib/articles/conflict";
import { ARTICLE_FIELD_MESSAGES, articleDraftSchema } from "@/lib/articles/schema";
import { slugify } from "@/lib/articles/slug";
import { formatClock, formatTime } from "@/lib/format";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import type { IndonesianTimeZone } from "@/lib/time";
import { ArticleConflictPanel } from "./article-conflict-panel";
import { RichTextEditor } from "./rich-text-editor";
import { TagPicker } from "./tag-picker";
import { useAutosave } from "./use-autosave";

/**
 * The article editor: fields, TipTap body, client-side validation with the server's
 * schema, optimistic locking (hidden version), autosave (use-autosave.ts) and the
 * conflict panel (article-conflict-panel.tsx). Workflow buttons are rendered by the page
 * next to it (`workflow` render prop) with the version this form currently holds.
 */

export type ArticleFormValues = {
  title: string;
  slug: string;
  dateline: string;
  excerpt: string;
  categoryId: string;
  tagIds: string[];
  newTagNames: string;
  body: ArticleBody;
  coverImageId: string | null;
  coverCaption: string;
};

type Option = { id: string; name: string };
type TextFieldName = "title" | "dateline" | "excerpt" | "categoryId" | "newTagNames" | "coverCaption";
type SaveAction = (prev: ArticleSaveResult | null, formData: FormData) => Promise<ArticleSaveResult>;
type UploadAction = (formData: FormData) => Promise<ActionResult<{ id: string; url: string }>>;

type ArticleFormProps = {
  articleId: string | null;
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
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ArticleFormValues>(props.initial);
  const [version, setVersion] = useState(props.initialVersion);
  const [isSlugTouched, setSlugTouched] = useState(
    props.initial.slug !== "" && props.initial.slug !== slugify(props.initial.title),
  );
  const [hasTriedSubmit, setTriedSubmit] = useState(false);
  const [isDirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<ConflictVersion | null>(null);
  const [saveNote, setSaveNote] = useState("");
  const [coverUrl, setCoverUrl] = useState(props.coverUrl);
  const [coverAlt, setCoverAlt] = useState("");
  const [coverMessage, setCoverMessage] = useState("");
  const [editorKey, setEditorKey] = useState(0);
  const changeSeq = useRef(0);
  const savingSeq = useRef<number | null>(null);
  const [state, formAction, isPending] = useActionState(
    async (previous: ArticleSaveResult | null, formData: FormData) => {
      const result = await saveAction(previous, formData);
      if (result.ok) {
        setVersion(result.data.version);
        setSaveNote(`Tersimpan ${formatClock(new Date(result.data.savedAt), props.timeZone)}`);
        if (savingSeq.current === changeSeq.current) setDirty(false);
      } else if (result.conflict) {
        setConflict(result.conflict);
      }
      savingSeq.current = null;
      return result;
    },
    null,
  );

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
    articleId,
    version,
    values,
    action: autosaveAction,
    isPaused: !isDirty || conflict !== null || isPending,
    isValid,
    changeCount: changeSeq,
    onStart: () => setSaveNote("Menyimpan…"),
    onResult: (result, hasChangedSince) => {
      if (result.ok) {
        setVersion(result.data.version);
        setSaveNote(`Tersimpan otomatis ${formatClock(new Date(result.data.savedAt), props.timeZone)}`);
        if (!hasChangedSince) setDirty(false);
      } else {
        setSaveNote("");
        if (result.conflict) setConflict(result.conflict);
      }
    },
  });

  const onWorkflowConflict = useCallback((result: WorkflowResult) => {
    if (!result.ok && result.conflict) setConflict(result.conflict);
  }, []);

  const failure = lastFailure(state);
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
    setVersion(stored.version);
    setEditorKey((key) => key + 1);
    setConflict(null);
    setDirty(false);
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
    const result = await uploadAction(data);
    if (result.ok) {
      update("coverImageId", result.data.id);
      setCoverUrl(result.data.url);
      setCoverMessage("Gambar sampul terunggah.");
    } else {
      setCoverMessage(messageOf(result) ?? "Gagal mengunggah.");
    }
  }

  async function uploadBodyImage(file: File, alt = "") {
    if (file.size > IMAGE_LIMITS.maxBytes) return { error: IMAGE_TOO_LARGE_MESSAGE };
    const data = new FormData();
    data.set("file", file);
    data.set("alt", alt || file.name);
    const result = await uploadAction(data);
    return result.ok ? { url: result.data.url } : { error: messageOf(result) ?? "Gagal mengunggah." };
  }

  return (
    <div className="space-y-6">
      {conflict ? (
        <ArticleConflictPanel
          mine={values}
          stored={conflict}
          storedAtTime={formatTime(new Date(conflict.savedAt), props.timeZone)}
          onLoadStored={() => loadStored(conflict)}
          onOverwrite={() => {
            // The hidden version field must hold the stored version before the form is resubmitted.
            flushSync(() => {
              setVersion(conflict.version);
              setConflict(null);
            });
            formRef.current?.requestSubmit();
          }}
        />
      ) : null}
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onSubmit={(event) => {
          setTriedSubmit(true);
          if (!isValid(values)) {
            event.preventDefault();
            return;
          }
          savingSeq.current = changeSeq.current;
        }}
        className="space-y-5"
        aria-label="Artikel"
      >
        {articleId ? <input type="hidden" name="id" value={articleId} /> : null}
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="body" value={JSON.stringify(values.body)} />
        <input type="hidden" name="coverImageId" value={values.coverImageId ?? ""} />

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
            <InputField
              label="Teks alternatif (wajib sebelum mengunggah)"
              value={coverAlt}
              onChange={(event) => setCoverAlt(event.target.value)}
            />
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
              onUploadImage={uploadBodyImage}
              labelId={labelId}
              describedBy={control["aria-describedby"]}
              invalid={Boolean(control["aria-invalid"])}
            />
          )}
        </Field>

        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-line bg-white/95 py-3">
          <button
            type="submit"
            disabled={isPending}
            className="min-h-10 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {isPending ? "Menyimpan…" : "Simpan"}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {isPending ? "Menyimpan…" : saveNote || (isDirty ? "Ada perubahan yang belum disimpan." : "")}
          </p>
        </div>
      </form>
      {props.workflow ? props.workflow({ version, isDirty, onConflict: onWorkflowConflict }) : null}
    </div>
  );
}
