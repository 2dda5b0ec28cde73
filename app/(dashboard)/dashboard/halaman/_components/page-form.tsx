"use client";

import { useActionState, useState } from "react";
import { RichTextEditor } from "@/components/dashboard/rich-text-editor";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, InputField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, messageOf } from "@/lib/action-result";
import { EMPTY_BODY, type ArticleBody } from "@/lib/articles/body";
import { slugify } from "@/lib/articles/slug";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import { uploadImageAction } from "../../media/actions";
import { createPageAction, updatePageAction } from "../actions";

export type PageFormValues = { id: string; title: string; slug: string; summary: string; body: ArticleBody };

/**
 * Create (no `values`) or edit a static page. The body is the article editor and goes
 * through the same server allowlist (lib/articles/body.ts); images are uploaded to the
 * media library like an article's. The slug follows the title until it is typed in.
 */
export function PageForm({ values }: { values?: PageFormValues }) {
  const [state, formAction, isPending] = useActionState(values ? updatePageAction : createPageAction, null);
  const [title, setTitle] = useState(values?.title ?? "");
  const [slug, setSlug] = useState(values?.slug ?? "");
  const [isSlugEdited, setIsSlugEdited] = useState(Boolean(values));
  const [body, setBody] = useState<ArticleBody>(values?.body ?? EMPTY_BODY);
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};

  async function uploadBodyImage(file: File, alt = "") {
    if (file.size > IMAGE_LIMITS.maxBytes) return { error: IMAGE_TOO_LARGE_MESSAGE };
    const data = new FormData();
    data.set("file", file);
    data.set("alt", alt || file.name);
    const result = await uploadImageAction(data);
    return result.ok ? { url: result.data.url } : { error: messageOf(result) ?? "Gagal mengunggah." };
  }

  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      aria-label={values ? `Ubah ${values.title}` : "Halaman baru"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <input type="hidden" name="body" value={JSON.stringify(body)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          label="Judul"
          name="title"
          errors={errors.title}
          required
          maxLength={120}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            if (!isSlugEdited) setSlug(slugify(event.target.value, 80));
          }}
        />
        <InputField
          label="Slug"
          name="slug"
          errors={errors.slug}
          hint="Alamat halaman: /profil/slug"
          required
          maxLength={80}
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setIsSlugEdited(true);
          }}
        />
      </div>
      <TextareaField
        label="Ringkasan"
        name="summary"
        hint="Satu-dua kalimat di bawah judul dan untuk mesin pencari."
        errors={errors.summary}
        rows={2}
        maxLength={300}
        defaultValue={values?.summary}
      />
      <Field label="Isi halaman" errors={errors.body} isLabelledBy>
        {(control, labelId) => (
          <RichTextEditor
            value={body}
            onChange={setBody}
            onUploadImage={uploadBodyImage}
            labelId={labelId}
            describedBy={control["aria-describedby"]}
            invalid={Boolean(control["aria-invalid"])}
          />
        )}
      </Field>
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          {values ? "Simpan" : "Buat halaman"}
        </button>
      </div>
    </form>
  );
}
