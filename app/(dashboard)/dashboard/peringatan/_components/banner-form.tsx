"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, messageOf, type ActionResult } from "@/lib/action-result";
import { EMERGENCY_LEVEL_LABELS, EMERGENCY_LEVELS } from "@/lib/banner/schema";
import { clearBannerAction, raiseBannerAction } from "../actions";

/** Raises the site-wide banner (replacing one in force). */
export function BannerForm({ defaultExpiresAt, zoneLabel }: { defaultExpiresAt: string; zoneLabel: string }) {
  const [state, formAction, isPending] = useActionState(raiseBannerAction, null);
  // Controlled, so a refused submission keeps what was typed (React resets a form's
  // uncontrolled fields after its action runs).
  const [values, setValues] = useState({ level: "SIAGA", message: "", linkUrl: "", expiresAt: defaultExpiresAt });
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label="Pasang peringatan">
      <SelectField label="Tingkat" required {...bind("level")} errors={errors.level}>
        {EMERGENCY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {EMERGENCY_LEVEL_LABELS[level]}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label="Pesan"
        {...bind("message")}
        required
        rows={3}
        maxLength={280}
        hint="Singkat dan jelas, paling panjang 280 karakter."
        errors={errors.message}
      />
      <InputField
        label="Tautan (opsional)"
        {...bind("linkUrl")}
        maxLength={500}
        hint="Alamat https:// atau jalur di situs ini, misalnya /berita/…"
        errors={errors.linkUrl}
      />
      <InputField
        label={`Berlaku sampai (${zoneLabel})`}
        {...bind("expiresAt")}
        type="datetime-local"
        required
        errors={errors.expiresAt}
      />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Peringatan dipasang. Semua halaman publik menampilkannya dalam beberapa detik.
        </p>
      ) : null}
      <div>
        <Button isPending={isPending}>Pasang peringatan</Button>
      </div>
    </form>
  );
}

/** Takes the banner in force down. */
export function ClearBannerForm() {
  const [state, formAction, isPending] = useActionState<ActionResult | null>(clearBannerAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <div>
        <Button variant="danger" isPending={isPending}>
          Turunkan peringatan
        </Button>
      </div>
      <FormError message={state && !state.ok ? messageOf(state) : undefined} />
    </form>
  );
}
