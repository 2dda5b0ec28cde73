import "server-only";
import type { StaffArticle } from "@/lib/articles/staff-queries";
import { allowedWorkflowSteps, type WorkflowStep } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/permissions";
import { toLocalDateTimeValue, type IndonesianTimeZone } from "@/lib/time";

/** Which workflow buttons to show, in order: derived from the workflow declaration and the permission table. */
export function allowedSteps(actor: Actor, article: StaffArticle): WorkflowStep[] {
  return allowedWorkflowSteps(actor, { writerId: article.writer.id, status: article.status });
}

/** The schedule field's default: an hour from now, as a datetime-local value in the portal's zone. */
export function defaultScheduleInputValue(timeZone: IndonesianTimeZone, now = new Date()): string {
  return toLocalDateTimeValue(new Date(now.getTime() + 60 * 60_000), timeZone);
}
