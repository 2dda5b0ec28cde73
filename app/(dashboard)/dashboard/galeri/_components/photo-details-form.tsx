"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { updateAlbumPhotoAction } from "../actions";

/** A photo's caption and credit. */
export function PhotoDetailsForm({
  albumId,
  photoId,
  caption,
  credit,
  label,
}: {
  albumId: string;
  photoId: string;
  caption: string;
  credit: string;
  label: string;
}) {
  const [state, formAction, isPending] = useActionState(updateAlbumPhotoAction, null);
  const failure = lastFailure(state);
  return (
    <form action={formAction} aria-label={`Keterangan ${label}`} className="flex flex-col gap-2">
      <input type="hidden" name="albumId" value={albumId} />
      <input type="hidden" name="photoId" value={photoId} />
      <InputField
        label="Keterangan"
        name="caption"
        maxLength={500}
        defaultValue={caption}
        errors={failure?.fieldErrors?.caption}
      />
      <InputField
        label="Kredit"
        name="credit"
        maxLength={120}
        defaultValue={credit}
        errors={failure?.fieldErrors?.credit}
      />
      <FormError message={failure?.formError} />
      <div className="flex items-center gap-2">
        <button type="submit" className={secondaryButtonClass} disabled={isPending}>
          Simpan<span className="sr-only"> {label}</span>
        </button>
        {state?.ok ? (
          <span role="status" className="text-sm text-brand-700">
            Tersimpan.
          </span>
        ) : null}
      </div>
    </form>
  );
}
