"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass, primaryButtonClass } from "@/components/dashboard/form-controls";
import type { ActionResult } from "@/lib/action-result";
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

function Fields({
  errors,
  values,
  isNew,
}: {
  errors: Record<string, string[] | undefined>;
  values?: UserFormValues;
  isNew: boolean;
}) {
  const prefix = isNew ? "baru" : "ubah";
  const id = (name: string) => `${prefix}-${name}`;
  const invalid = (name: string) => (errors[name]?.length ? true : undefined);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {isNew ? (
        <Field
          id={id("username")}
          label="Nama pengguna"
          errors={errors.username}
          hint="Huruf kecil, misalnya prabawati."
        >
          <input
            id={id("username")}
            name="username"
            required
            autoComplete="off"
            pattern="[a-z][a-z0-9._\-]*"
            maxLength={40}
            className={inputClass}
            aria-invalid={invalid("username")}
            aria-describedby={describedBy(id("username"), errors.username, true)}
          />
        </Field>
      ) : null}
      <Field id={id("displayName")} label="Nama tampilan" errors={errors.displayName}>
        <input
          id={id("displayName")}
          name="displayName"
          required
          maxLength={120}
          defaultValue={values?.displayName}
          className={inputClass}
          aria-invalid={invalid("displayName")}
          aria-describedby={describedBy(id("displayName"), errors.displayName)}
        />
      </Field>
      <Field id={id("email")} label="Surel" errors={errors.email}>
        <input
          id={id("email")}
          name="email"
          type="email"
          required
          maxLength={254}
          defaultValue={values?.email}
          className={inputClass}
          aria-invalid={invalid("email")}
          aria-describedby={describedBy(id("email"), errors.email)}
        />
      </Field>
      <Field id={id("role")} label="Peran" errors={errors.role}>
        <select
          id={id("role")}
          name="role"
          defaultValue={values?.role ?? "WRITER"}
          className={inputClass}
          aria-invalid={invalid("role")}
          aria-describedby={describedBy(id("role"), errors.role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("initials")} label="Inisial" errors={errors.initials} hint="Tanda tangan di akhir berita: Prb, ty.">
        <input
          id={id("initials")}
          name="initials"
          required
          maxLength={12}
          defaultValue={values?.initials}
          className={inputClass}
          aria-invalid={invalid("initials")}
          aria-describedby={describedBy(id("initials"), errors.initials, true)}
        />
      </Field>
    </div>
  );
}

function FormError({ state }: { state: ActionResult<unknown> | null }) {
  if (!state || state.ok || !state.formError) return null;
  return (
    <p role="alert" className="text-sm font-semibold text-accent-700">
      {state.formError}
    </p>
  );
}

/** New account; on success shows the generated temporary password once and resets the form. */
export function CreateUserForm() {
  const [state, formAction, isPending] = useActionState(createUserAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? <TemporaryPassword username={state.data.username} password={state.data.temporaryPassword} /> : null}
      <form action={formAction} className="flex flex-col gap-4" aria-label="Buat akun">
        <Fields errors={errors} isNew />
        <FormError state={state} />
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
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-label="Ubah akun">
      <input type="hidden" name="id" value={values.id} />
      <Fields errors={errors} values={values} isNew={false} />
      <FormError state={state} />
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
