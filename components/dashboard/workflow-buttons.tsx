"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, type ReactNode } from "react";
import { lastFailure, messageOf } from "@/lib/action-result";
import type { WorkflowResult } from "@/lib/articles/conflict";

type WorkflowAction = (prev: WorkflowResult | null, formData: FormData) => Promise<WorkflowResult>;

type WorkflowFormProps = {
  action: WorkflowAction;
  id: string;
  version: number;
  label: string;
  disabled?: boolean;
  tone?: "primary" | "danger" | "plain";
  confirm?: string;
  children?: ReactNode;
  onConflict?: (result: WorkflowResult) => void;
};

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  danger: "border border-accent-600 text-accent-700 hover:bg-accent-600 hover:text-white",
  plain: "border border-line bg-white text-ink hover:bg-wash",
};

/** One workflow step as its own small form, so each gets its own pending state and errors. */
export function WorkflowForm({
  action,
  id,
  version,
  label,
  disabled,
  tone = "plain",
  confirm,
  children,
  onConflict,
}: WorkflowFormProps) {
  const router = useRouter();
  const errorId = useId();
  const [state, formAction, isPending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
    if (state && !state.ok && state.conflict) onConflict?.(state);
  }, [state, router, onConflict]);
  const failure = lastFailure(state);
  const error = failure ? messageOf(failure) : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {children}
      <button
        type="submit"
        disabled={disabled || isPending}
        aria-describedby={error ? errorId : undefined}
        className={`min-h-10 rounded px-4 text-sm font-semibold disabled:opacity-50 ${TONES[tone]}`}
      >
        {isPending ? "Memproses…" : label}
      </button>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-accent-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
