import "server-only";
import type { AllowedSteps } from "./article-editor";
import type { StaffArticle } from "@/lib/articles/staff-queries";
import { canTransition } from "@/lib/articles/status";
import { can, type Actor } from "@/lib/auth/permissions";
import { toLocalDateTimeValue, type IndonesianTimeZone } from "@/lib/time";

/** Which workflow buttons to show: the permission table and the status table agree. */
export function allowedSteps(actor: Actor, article: StaffArticle): AllowedSteps {
  const ref = { writerId: article.writer.id, status: article.status };
  const from = article.status;
  return {
    submit: can(actor, "article.submit", ref) && canTransition(from, "IN_REVIEW"),
    return: can(actor, "article.return", ref) && from === "IN_REVIEW" && canTransition(from, "DRAFT"),
    publish: can(actor, "article.publish", ref) && canTransition(from, "PUBLISHED"),
    schedule: can(actor, "article.schedule", ref) && canTransition(from, "SCHEDULED"),
    cancelSchedule: can(actor, "article.schedule", ref) && from === "SCHEDULED" && canTransition(from, "IN_REVIEW"),
    unpublish: can(actor, "article.unpublish", ref) && from === "PUBLISHED" && canTransition(from, "DRAFT"),
    archive: can(actor, "article.archive", ref) && canTransition(from, "ARCHIVED"),
    restore: can(actor, "article.archive", ref) && from === "ARCHIVED" && canTransition(from, "DRAFT"),
    delete: can(actor, "article.delete", ref),
  };
}

/** The schedule field's default: an hour from now, as a datetime-local value in the portal's zone. */
export function defaultScheduleInputValue(timeZone: IndonesianTimeZone, now = new Date()): string {
  return toLocalDateTimeValue(new Date(now.getTime() + 60 * 60_000), timeZone);
}
