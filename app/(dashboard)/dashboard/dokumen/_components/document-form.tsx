"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { slugify } from "@/lib/articles/slug";
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_TOO_LARGE_MESSAGE,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_VALUES,
  type DocumentTypeValue,
} from "@/lib/documents/schema";
import { createDocumentAction, updateDocumentAction } from "../actions";

export type DocumentFormValues = {
  id: string;
  title: string;
  slug: string;
  number: string;
  year: number;
  type: DocumentTypeValue;
  issuer: string;
  description: string;
};

type Fields = Omit<DocumentFormValues, "id" | "year"> & { year: string };

// The file picker offers these; the server decides from the bytes whatever the name says.
const ACCEPT = ".pdf,.docx,.xlsx,.odt,application/pdf";

/**
 * Upload (no `values`) or edit a document. Every field is controlled, so a refused upload
 * keeps what was typed; the slug follows the title until it is typed in.
 */
export function DocumentForm({ values, defaultYear }: { values?: DocumentFormValues; defaultYear: number }) {
  const [state, formAction, isPending] = useActionState(values ? updateDocumentAction : createDocumentAction, null);
  const [fields, setFields] = useState<Fields>({
    title: values?.title ?? "",
    slug: values?.slug ?? "",
    number: values?.number ?? "",
    year: String(values?.year ?? defaultYear),
    type: values?.type ?? "PERDA",
    issuer: values?.issuer ?? "",
    description: values?.description ?? "",
  });
  const [isSlugEdited, setIsSlugEdited] = useState(Boolean(values));
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  const set =
    (name: keyof Fields) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setFields((current) => ({ ...current, [name]: event.target.value }));

  return (
    <form
      action={formAction}
      className="flex flex-col gap-4"
      aria-label={values ? `Ubah dokumen ${values.title}` : "Unggah dokumen"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <InputField
        label="Judul"
        name="title"
        errors={errors.title}
        required
        maxLength={200}
        value={fields.title}
        onChange={(event) => {
          const title = event.target.value;
          setFields((current) => ({ ...current, title, slug: isSlugEdited ? current.slug : slugify(title, 160) }));
        }}
      />
      <InputField
        label="Slug"
        name="slug"
        errors={errors.slug}
        hint="Alamat halaman: /dokumen/slug"
        required
        maxLength={160}
        value={fields.slug}
        onChange={(event) => {
          setIsSlugEdited(true);
          set("slug")(event);
        }}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Jenis" name="type" errors={errors.type} required value={fields.type} onChange={set("type")}>
          {DOCUMENT_TYPE_VALUES.map((type) => (
            <option key={type} value={type}>
              {DOCUMENT_TYPES[type].label}
            </option>
          ))}
        </SelectField>
        <InputField
          label="Nomor"
          name="number"
          errors={errors.number}
          hint="Mis. Nomor 5 Tahun 2024"
          maxLength={100}
          value={fields.number}
          onChange={set("number")}
        />
        <InputField
          label="Tahun"
          name="year"
          type="number"
          inputMode="numeric"
          min={1945}
          max={2100}
          errors={errors.year}
          required
          value={fields.year}
          onChange={set("year")}
        />
      </div>
      <InputField
        label="Unit penerbit"
        name="issuer"
        errors={errors.issuer}
        hint="Mis. Bagian Hukum Sekretariat Daerah"
        required
        maxLength={120}
        value={fields.issuer}
        onChange={set("issuer")}
      />
      <TextareaField
        label="Keterangan"
        name="description"
        errors={errors.description}
        rows={4}
        maxLength={2000}
        value={fields.description}
        onChange={set("description")}
      />
      <InputField
        label={values ? "Ganti berkas (opsional)" : "Berkas"}
        name="file"
        type="file"
        accept={ACCEPT}
        required={!values}
        errors={fileMessage ? [fileMessage] : errors.file}
        hint="PDF, DOCX, XLSX atau ODT, paling besar 20 MB."
        onChange={(event) => {
          const file = event.target.files?.[0];
          const isTooLarge = file !== undefined && file.size > DOCUMENT_MAX_BYTES;
          setFileMessage(isTooLarge ? DOCUMENT_TOO_LARGE_MESSAGE : null);
          if (isTooLarge) event.target.value = "";
        }}
      />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          {isPending ? "Menyimpan…" : values ? "Simpan" : "Unggah dokumen"}
        </button>
      </div>
    </form>
  );
}
