"use client";

import { useActionState, useState } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { slugify } from "@/lib/articles/slug";
import { GALLERY_KINDS, type GalleryKindValue } from "@/lib/gallery/schema";
import { createGalleryItemAction, updateGalleryItemAction } from "../actions";

export type GalleryItemFormValues = {
  id: string;
  kind: GalleryKindValue;
  title: string;
  slug: string;
  description: string;
  youtube: string;
  article: string;
};

/** Create (no `values`) or edit an album or video; the kind is chosen once. */
export function GalleryItemForm({ values }: { values?: GalleryItemFormValues }) {
  const [state, formAction, isPending] = useActionState(
    values ? updateGalleryItemAction : createGalleryItemAction,
    null,
  );
  const [fields, setFields] = useState({
    kind: values?.kind ?? ("ALBUM" as GalleryKindValue),
    title: values?.title ?? "",
    slug: values?.slug ?? "",
    description: values?.description ?? "",
    youtube: values?.youtube ?? "",
    article: values?.article ?? "",
  });
  const [isSlugEdited, setIsSlugEdited] = useState(Boolean(values));
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      aria-label={values ? `Ubah ${values.title}` : "Galeri baru"}
    >
      {values ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="kind" value={values.kind} />
        </>
      ) : (
        <SelectField label="Jenis" name="kind" required value={fields.kind} onChange={set("kind")} errors={errors.kind}>
          {Object.entries(GALLERY_KINDS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </SelectField>
      )}
      <InputField
        label="Judul"
        name="title"
        required
        maxLength={200}
        errors={errors.title}
        value={fields.title}
        onChange={(event) => {
          const title = event.target.value;
          setFields((current) => ({ ...current, title, slug: isSlugEdited ? current.slug : slugify(title, 160) }));
        }}
      />
      <InputField
        label="Slug"
        name="slug"
        required
        maxLength={160}
        hint="Alamat halaman: /galeri/slug"
        errors={errors.slug}
        value={fields.slug}
        onChange={(event) => {
          setIsSlugEdited(true);
          set("slug")(event);
        }}
      />
      {fields.kind === "VIDEO" ? (
        <InputField
          label="Tautan video YouTube"
          name="youtube"
          required
          maxLength={300}
          hint="Mis. https://www.youtube.com/watch?v=… atau https://youtu.be/…"
          errors={errors.youtube}
          value={fields.youtube}
          onChange={set("youtube")}
        />
      ) : null}
      <TextareaField
        label="Keterangan"
        name="description"
        rows={3}
        maxLength={2000}
        errors={errors.description}
        value={fields.description}
        onChange={set("description")}
      />
      <InputField
        label="Berita terkait (opsional)"
        name="article"
        maxLength={300}
        hint="Alamat atau slug berita, mis. /berita/judul-berita"
        errors={errors.article}
        value={fields.article}
        onChange={set("article")}
      />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          {values ? "Simpan" : "Buat galeri"}
        </button>
      </div>
    </form>
  );
}
