import { RuleViolationError } from "@/lib/errors";

/**
 * Why an image was refused. The message is Indonesian and safe to show to the staff
 * member who uploaded the file; `reason` lets callers and tests branch without parsing text.
 */
export type InvalidImageReason =
  "too-large" | "unsupported-type" | "animated" | "too-many-pixels" | "too-small" | "unreadable" | "busy";

export class InvalidImageError extends RuleViolationError {
  readonly reason: InvalidImageReason;

  constructor(reason: InvalidImageReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
