"use client";

import { useActionState, useState } from "react";
import { RichTextEditor } from "@/components/dashboard/rich-text-editor";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, InputField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, messageOf } from "@/lib/action-result";
import { EMPTY_BODY, type ArticleBody } from "@/lib/articles/body";
import { IMAGE_LIMITS, IMAGE_TOO_LARGE_MESSAGE } from "@/lib/media/limits";
import { uploadImageAction } from "@/app/(dashboard)/dashboard/media/actions";
import { createAnnouncementAction, updateAnnouncementAction } from "../actions";

export type AnnouncementFormValues = {
  id: string;
  title: string;
  body: ArticleBody;
  validUntil: string;
  attachmentName: string | null;
};

/**
 * Create (no `values`) or edit an announcement: title, rich text through the article
 * body's allowlist, `berlaku sampai` in the portal's zone, an optional PDF.
 */
export function AnnouncementForm({
  values,
  defaultValidUntil,
  zoneLabel,
}: {
  values?: AnnouncementFormValues;
  defaultValidUntil: string;
  zoneLabel: string;
}) {
  const [state, formAction, isPending] = useActionState(
    values ? updateAnnouncementAction : createAnnouncementAction,
    null,
  );
  // Controlled, so a refused submission keeps what was typed (React resets a form's
  // uncontrolled fields after its action runs).
  const [title, setTitle] = useState(values?.title ?? "");
  const [validUntil, setValidUntil] = useState(values?.validUntil ?? defaultValidUntil);
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
      aria-label={values ? "Ubah pengumuman" : "Buat pengumuman"}
    >
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <input type="hidden" name="body" value={JSON.stringify(body)} />
      <InputField
        label="Judul"
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        errors={errors.title}
        controlClassName="font-serif text-lg"
      />
      <Field label="Isi pengumuman" errors={errors.body} isLabelledBy>
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
      <InputField
        label={`Berlaku sampai (${zoneLabel})`}
        name="validUntil"
        type="datetime-local"
        required
        value={validUntil}
        onChange={(event) => setValidUntil(event.target.value)}
        hint="Setelah waktu ini pengumuman pindah ke arsip."
        errors={errors.validUntil}
      />
      <InputField
        label="Lampiran PDF (opsional)"
        name="attachment"
        type="file"
        accept="application/pdf,.pdf"
        hint={
          values?.attachmentName
            ? `Lampiran sekarang: ${values.attachmentName}. Pilih berkas baru untuk menggantinya. Paling besar 10 MB.`
            : "Paling besar 10 MB."
        }
        errors={errors.attachment}
      />
      {values?.attachmentName ? <Checkbox name="isAttachmentRemoved" label="Hapus lampiran" /> : null}
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <Button isPending={isPending}>{values ? "Simpan" : "Buat draf"}</Button>
      </div>
    </form>
  );
}
