"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { createAgendaAction, updateAgendaAction } from "../actions";

export type AgendaFormValues = {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  organiser: string;
  description: string;
};

const EMPTY: AgendaFormValues = { title: "", startsAt: "", endsAt: "", place: "", organiser: "", description: "" };

/** Create (no `id`) or edit an agenda item; times are typed in the portal's zone. */
export function AgendaForm({ id, values, zoneLabel }: { id?: string; values?: AgendaFormValues; zoneLabel: string }) {
  const [state, formAction, isPending] = useActionState(id ? updateAgendaAction : createAgendaAction, null);
  // Controlled, so a refused submission keeps what was typed (React resets a form's
  // uncontrolled fields after its action runs).
  const [current, setCurrent] = useState<AgendaFormValues>(values ?? EMPTY);
  const bind = (name: keyof AgendaFormValues) => ({
    name,
    value: current[name],
    onChange: (event: { target: { value: string } }) =>
      setCurrent((previous) => ({ ...previous, [name]: event.target.value })),
  });
  const failure = lastFailure(state);
  const errors = failure?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-label={id ? "Ubah agenda" : "Buat agenda"}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <InputField label="Judul" required maxLength={200} errors={errors.title} {...bind("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label={`Mulai (${zoneLabel})`}
          type="datetime-local"
          required
          errors={errors.startsAt}
          {...bind("startsAt")}
        />
        <InputField
          label={`Selesai (${zoneLabel})`}
          type="datetime-local"
          required
          errors={errors.endsAt}
          {...bind("endsAt")}
        />
      </div>
      <InputField label="Tempat" required maxLength={200} errors={errors.place} {...bind("place")} />
      <InputField label="Penyelenggara" maxLength={200} errors={errors.organiser} {...bind("organiser")} />
      <TextareaField
        label="Keterangan"
        rows={5}
        maxLength={5000}
        errors={errors.description}
        {...bind("description")}
      />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <Button isPending={isPending}>{id ? "Simpan" : "Buat draf"}</Button>
      </div>
    </form>
  );
}
