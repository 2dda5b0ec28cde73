import type { z } from "zod";
import { DomainError, FieldConflictError } from "@/lib/errors";

/** What every dashboard server action returns (STYLE §4). Pure module. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; fieldErrors?: Record<string, string[] | undefined>; formError?: string };

export function fieldErrorsOf(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}

/** Expected failures become messages on the form; anything else is a bug and is rethrown. */
export function failureOf(error: unknown): ActionResult<never> {
  if (error instanceof FieldConflictError) return { ok: false, fieldErrors: { [error.field]: [error.message] } };
  if (error instanceof DomainError) return { ok: false, formError: error.message };
  throw error;
}
