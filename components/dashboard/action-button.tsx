"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { secondaryButtonClass } from "./form-controls";

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
      {state && !state.ok && state.formError ? (
        <p role="alert" className="text-sm text-accent-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
