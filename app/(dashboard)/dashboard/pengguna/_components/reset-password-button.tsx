"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { lastFailure } from "@/lib/action-result";
import { resetUserPasswordAction } from "../actions";
import { TemporaryPassword } from "./temporary-password";

export function ResetPasswordButton({ userId, username }: { userId: string; username: string }) {
  const [state, formAction, isPending] = useActionState(resetUserPasswordAction, null);
  return (
    <div className="flex flex-col gap-3">
      <form action={formAction}>
        <input type="hidden" name="id" value={userId} />
        <button type="submit" className={secondaryButtonClass} disabled={isPending}>
          Atur ulang kata sandi
        </button>
      </form>
      {state?.ok ? <TemporaryPassword username={username} password={state.data.temporaryPassword} /> : null}
      <FormError message={lastFailure(state)?.formError} />
    </div>
  );
}
