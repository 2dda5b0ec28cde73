"use client";

import { useActionState, useState } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { slugify } from "@/lib/articles/slug";
import { createCategoryAction, updateCategoryAction } from "../actions";

export type CategoryFormValues = { id: string; name: string; slug: string; description: string };

/**
 * Create (no `values`) or edit a category. The slug follows the name until the editor
 * types in the slug field themselves.
 */
export function CategoryForm({ values }: { values?: CategoryFormValues }) {
  const [state, formAction, isPending] = useActionState(values ? updateCategoryAction : createCategoryAction, null);
  const [name, setName] = useState(values?.name ?? "");
  const [slug, setSlug] = useState(values?.slug ?? "");
  const [isSlugEdited, setIsSlugEdited] = useState(Boolean(values));
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      aria-label={values ? `Ubah kategori ${values.name}` : "Buat kategori"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          label="Nama"
          name="name"
          errors={errors.name}
          required
          maxLength={80}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!isSlugEdited) setSlug(slugify(event.target.value, 80));
          }}
        />
        <InputField
          label="Slug"
          name="slug"
          errors={errors.slug}
          hint="Alamat halaman: /kategori/slug"
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
        label="Deskripsi"
        name="description"
        errors={errors.description}
        rows={2}
        maxLength={300}
        defaultValue={values?.description}
      />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          {values ? "Perubahan disimpan." : "Kategori dibuat."}
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          {values ? "Simpan" : "Buat kategori"}
        </button>
      </div>
    </form>
  );
}
