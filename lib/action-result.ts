import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError, FieldConflictError } from "@/lib/errors";

/**
 * What every server action returns (STYLE §4), and what its form reads back through
 * `useActionState`. Pure module: client forms import the types, server actions the helpers.
 */

/** Messages per form field, keyed by the field's `name`; a field may fail more than one rule. */
export type FieldErrors = Partial<Record<string, string[]>>;

/**
 * An expected failure: messages for fields, one for the whole form, and, for records saved
 * with optimistic locking, the stored version that won (`Conflict`; absent elsewhere).
 * `kind: "unavailable"` marks a database that could not be reached or did not answer in
 * time: the input was fine, so the form keeps it and may send the same request again.
 * Whether a write committed just before the connection dropped is unknown, which is why
 * retried saves must be idempotent.
 */
export type ActionFailure<Conflict = never> = {
  ok: false;
  kind?: "unavailable";
  fieldErrors?: FieldErrors;
  formError?: string;
  conflict?: Conflict;
};

export type ActionResult<T = undefined, Conflict = never> = { ok: true; data: T } | ActionFailure<Conflict>;

/** The failure a form's last state holds, if any (`useActionState` starts from null). */
export function lastFailure<Conflict>(
  state: ActionResult<unknown, Conflict> | null | undefined,
): ActionFailure<Conflict> | undefined {
  return state && !state.ok ? state : undefined;
}

/** One line for a failure shown without its fields (an upload, a workflow button): the form error, else the first field message. */
export function messageOf(failure: ActionFailure<unknown>): string | undefined {
  if (failure.formError) return failure.formError;
  for (const messages of Object.values(failure.fieldErrors ?? {})) {
    if (messages?.[0]) return messages[0];
  }
  return undefined;
}

/**
 * A failed `safeParse` as the form should show it: every distinct message of a top-level
 * field under that field's name, and a message about the input as a whole as the form
 * error. `replace` gives one message for a field whose nested messages mean nothing to the
 * person typing (the article body's issues sit deep inside its document tree); a message
 * the schema gives about that field as a whole is shown as it is, instead of the stand-in.
 */
export function validationFailure(
  error: z.ZodError,
  replace: Partial<Record<string, string>> = {},
): ActionFailure & { fieldErrors: FieldErrors } {
  const fieldErrors: Record<string, string[]> = {};
  const replaced = new Set<string>();
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined) {
      formError ??= issue.message;
      continue;
    }
    const key = String(field);
    if (replace[key] !== undefined && issue.path.length > 1) {
      replaced.add(key);
      continue;
    }
    const messages = (fieldErrors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  for (const key of replaced) {
    const standIn = replace[key];
    if (standIn !== undefined && !fieldErrors[key]?.length) fieldErrors[key] = [standIn];
  }
  return { ok: false, fieldErrors, formError };
}

/** The form error of an unavailable database, for forms that have nothing more specific to say. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "Server basis data sedang tidak tersedia. Isian Anda belum tersimpan; coba lagi beberapa saat lagi.";

export const databaseUnavailable: ActionFailure & { kind: "unavailable" } = Object.freeze({
  ok: false,
  kind: "unavailable",
  formError: DATABASE_UNAVAILABLE_MESSAGE,
});

export function isUnavailableFailure(
  state: ActionResult<unknown, unknown> | null | undefined,
): state is ActionFailure<unknown> & { kind: "unavailable" } {
  return state?.ok === false && state.kind === "unavailable";
}

/**
 * A domain error from `lib` as the form should show it: a taken unique value on its field,
 * any other rule on the form; an unavailable database as `databaseUnavailable`. Anything
 * else is a bug and is rethrown.
 */
export function failureOf(error: unknown): ActionFailure {
  if (error instanceof FieldConflictError) return { ok: false, fieldErrors: { [error.field]: [error.message] } };
  if (error instanceof DomainError) return { ok: false, formError: error.message };
  if (isDatabaseUnavailable(error)) return databaseUnavailable;
  throw error;
}

/**
 * Runs a server action's whole body, including the session check that reads the
 * database, so an outage becomes `databaseUnavailable` in the form instead of an error
 * thrown into the page (which would replace the page, and the person's typing, with an
 * error screen). Redirects, domain errors thrown outside the body's own try blocks, and
 * bugs propagate unchanged.
 */
export async function catchUnavailable<R>(work: () => Promise<R>): Promise<R | typeof databaseUnavailable> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailable;
    throw error;
  }
}
