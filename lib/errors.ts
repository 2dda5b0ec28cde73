/**
 * Domain errors thrown by lib functions. Server actions turn the expected ones into
 * `{ ok: false, formError }`; route handlers map them to status codes (see `httpStatusOf`).
 * Messages are Indonesian because they reach staff screens as they are.
 */

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No signed-in staff member (401; pages redirect to /login). */
export class UnauthorizedError extends DomainError {
  constructor(message = "Silakan masuk terlebih dahulu.") {
    super(message);
  }
}

/** Signed in, but the role does not allow it (403). */
export class ForbiddenError extends DomainError {
  constructor(message = "Anda tidak memiliki izin untuk tindakan ini.") {
    super(message);
  }
}

/** Does not exist, or the actor may not know it exists (404). */
export class NotFoundError extends DomainError {
  constructor(message = "Data tidak ditemukan.") {
    super(message);
  }
}

/** A status change the workflow does not allow (409). */
export class InvalidTransitionError extends DomainError {}

/** Someone else changed it first, or a unique value is taken (409). */
export class ConflictError extends DomainError {}

/** Input that parsed but breaks a business rule (422). */
export class RuleViolationError extends DomainError {}

export function httpStatusOf(error: unknown): number {
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof InvalidTransitionError || error instanceof ConflictError) return 409;
  if (error instanceof RuleViolationError) return 422;
  return 500;
}

/** A unique value (username, e-mail, slug, name) is already taken; `field` names the form field (409). */
export class FieldConflictError extends ConflictError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
