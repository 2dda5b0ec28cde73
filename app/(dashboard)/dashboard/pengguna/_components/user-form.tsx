"use client";

import { useActionState } from "react";
import { primaryButtonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, type FieldErrors } from "@/lib/action-result";
import { ROLE_LABELS, ROLES } from "@/lib/users/schema";
import { createUserAction, updateUserAction } from "../actions";
import { TemporaryPassword } from "./temporary-password";

export type UserFormValues = {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: (typeof ROLES)[number];
  initials: string;
};

function Fields({ errors, values, isNew }: { errors: FieldErrors; values?: UserFormValues; isNew: boolean }) {
  const field = (name: keyof Omit<UserFormValues, "id">) => ({
    name,
    errors: errors[name],
    defaultValue: values?.[name],
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {isNew ? (
        <InputField
          label="Nama pengguna"
          {...field("username")}
          hint="Huruf kecil, misalnya prabawati."
          required
          autoComplete="off"
          pattern="[a-z][a-z0-9._\-]*"
          maxLength={40}
        />
      ) : null}
      <InputField label="Nama tampilan" {...field("displayName")} required maxLength={120} />
      <InputField label="Surel" {...field("email")} type="email" required maxLength={254} />
      <SelectField label="Peran" {...field("role")} defaultValue={values?.role ?? "WRITER"}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectField>
      <InputField
        label="Inisial"
        {...field("initials")}
        hint="Tanda tangan di akhir berita: Prb, ty."
        required
        maxLength={12}
      />
    </div>
  );
}

/** New account; on success shows the generated temporary password once and resets the form. */
export function CreateUserForm() {
  const [state, formAction, isPending] = useActionState(createUserAction, null);
  const failure = lastFailure(state);
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? <TemporaryPassword username={state.data.username} password={state.data.temporaryPassword} /> : null}
      <form action={formAction} className="flex flex-col gap-4" aria-label="Buat akun">
        <Fields errors={failure?.fieldErrors ?? {}} isNew />
        <FormError message={failure?.formError} />
        <div>
          <button type="submit" className={primaryButtonClass} disabled={isPending}>
            Buat akun
          </button>
        </div>
      </form>
    </div>
  );
}

export function EditUserForm({ values }: { values: UserFormValues }) {
  const [state, formAction, isPending] = useActionState(updateUserAction, null);
  const failure = lastFailure(state);
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-label="Ubah akun">
      <input type="hidden" name="id" value={values.id} />
      <Fields errors={failure?.fieldErrors ?? {}} values={values} isNew={false} />
      <FormError message={failure?.formError} />
      {state?.ok ? (
        <p role="status" className="text-sm font-semibold text-brand-700">
          Perubahan disimpan.
        </p>
      ) : null}
      <div>
        <button type="submit" className={primaryButtonClass} disabled={isPending}>
          Simpan perubahan
        </button>
      </div>
    </form>
  );
}
