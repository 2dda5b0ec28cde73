"use client";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { LOGIN_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/auth/schema";
import { signInAction, type SignInFormState } from "../actions";

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const [state, formAction, isPending] = useActionState<SignInFormState, FormData>(signInAction, {
    ok: false,
    login: "",
  });
  const passwordRef = useRef<HTMLInputElement>(null);
  const hasError = Boolean(state.formError);

  // After a refused attempt the login stays filled in, so the password is what to retype.
  useEffect(() => {
    if (hasError) passwordRef.current?.focus();
  }, [state, hasError]);

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormError message={state.formError} />
      <input type="hidden" name="ke" value={redirectTo} />
      <InputField
        label="Nama pengguna atau surel"
        name="login"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={LOGIN_MAX_LENGTH}
        required
        defaultValue={state.login}
        errors={state.fieldErrors?.login}
      />
      <InputField
        ref={passwordRef}
        label="Kata sandi"
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX_LENGTH}
        required
        errors={state.fieldErrors?.password}
      />
      <Button isPending={isPending}>{isPending ? "Memproses…" : "Masuk"}</Button>
    </form>
  );
}
