"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/action-result";
import { changePasswordAction } from "../actions";

export function PasswordChangeForm({ minLength }: { minLength: number }) {
  const [state, formAction, isPending] = useActionState<ActionResult, FormData>(changePasswordAction, {
    ok: false,
  });
  const fieldErrors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormError message={state.ok ? undefined : state.formError} />
      <InputField
        label="Kata sandi saat ini"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors?.currentPassword}
      />
      <InputField
        label="Kata sandi baru"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={`Minimal ${minLength} karakter, tidak sama dengan nama pengguna, surel, atau kata sandi lama.`}
        errors={fieldErrors?.newPassword}
      />
      <InputField
        label="Ulangi kata sandi baru"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        errors={fieldErrors?.confirmation}
      />
      <Button isPending={isPending}>{isPending ? "Menyimpan…" : "Simpan kata sandi"}</Button>
    </form>
  );
}
