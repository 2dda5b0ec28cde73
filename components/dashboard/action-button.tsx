"use client";

import { useActionState, type ReactNode } from "react";
import { secondaryButtonClass } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { lastFailure, type ActionResult } from "@/lib/action-result";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * One button that posts hidden fields to a server action and shows its error next to it.
 * For small commands (move up, deactivate) that need no form of their own.
 */
export function ActionButton({
  action,
  fields,
  label,
  className = secondaryButtonClass,
}: {
  action: Action;
  fields: Record<string, string>;
  label: ReactNode;
  className?: string;
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} disabled={isPending}>
        {label}
      </button>
      <FormError message={lastFailure(state)?.formError} />
    </form>
  );
}
