"use client";

import { useActionState } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { HOME_SLOTS, homeSlotLabel } from "@/lib/home/slots";
import { pinHomeArticleAction } from "../actions";

type PinFormProps = {
  articles: { id: string; title: string }[];
  /** "YYYY-MM-DDTHH:mm" in the portal's zone: the suggested expiry. */
  defaultExpiresAt: string;
  zoneLabel: string;
};

/** Pins one published article to a slot of the home page until a time. */
export function PinForm({ articles, defaultExpiresAt, zoneLabel }: PinFormProps) {
  const [state, formAction, isPending] = useActionState(pinHomeArticleAction, null);
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Sematkan berita">
      <SelectField label="Berita" name="articleId" errors={errors.articleId} required defaultValue="">
        <option value="" disabled>
          Pilih berita yang sudah terbit…
        </option>
        {articles.map((article) => (
          <option key={article.id} value={article.id}>
            {article.title}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Posisi" name="slot" errors={errors.slot} required defaultValue="0">
          {HOME_SLOTS.map((slot) => (
            <option key={slot} value={slot}>
              {homeSlotLabel(slot)}
            </option>
          ))}
        </SelectField>
        <InputField
          label={`Berakhir (${zoneLabel})`}
          name="expiresAt"
          type="datetime-local"
          errors={errors.expiresAt}
          required
          defaultValue={defaultExpiresAt}
          hint="Setelah waktu ini beranda kembali memakai berita terbaru."
        />
      </div>
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Berita disematkan.
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          Sematkan
        </button>
      </div>
    </form>
  );
}
