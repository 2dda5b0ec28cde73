"use client";

import { useActionState, useState } from "react";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/dashboard/form-controls";
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
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const prefix = values ? `kategori-${values.id}` : "kategori-baru";
  const id = (field: string) => `${prefix}-${field}`;
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      aria-label={values ? `Ubah kategori ${values.name}` : "Buat kategori"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("name")} label="Nama" errors={errors.name}>
          <input
            id={id("name")}
            name="name"
            required
            maxLength={80}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (!isSlugEdited) setSlug(slugify(event.target.value, 80));
            }}
            className={inputClass}
            aria-invalid={errors.name?.length ? true : undefined}
            aria-describedby={describedBy(id("name"), errors.name)}
          />
        </Field>
        <Field id={id("slug")} label="Slug" errors={errors.slug} hint="Alamat halaman: /kategori/slug">
          <input
            id={id("slug")}
            name="slug"
            required
            maxLength={80}
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setIsSlugEdited(true);
            }}
            className={inputClass}
            aria-invalid={errors.slug?.length ? true : undefined}
            aria-describedby={describedBy(id("slug"), errors.slug, true)}
          />
        </Field>
      </div>
      <Field id={id("description")} label="Deskripsi" errors={errors.description}>
        <textarea
          id={id("description")}
          name="description"
          rows={2}
          maxLength={300}
          defaultValue={values?.description}
          className={inputClass}
          aria-invalid={errors.description?.length ? true : undefined}
          aria-describedby={describedBy(id("description"), errors.description)}
        />
      </Field>
      {state && !state.ok && state.formError ? (
        <p role="alert" className="text-sm font-semibold text-accent-700">
          {state.formError}
        </p>
      ) : null}
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
