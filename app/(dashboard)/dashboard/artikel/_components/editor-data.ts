import "server-only";
import type { StaffArticle } from "@/lib/articles/staff-queries";
import { allowedWorkflowSteps, type WorkflowStep } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/permissions";

/** Which workflow buttons to show, in order: derived from the workflow declaration and the permission table. */
export function allowedSteps(actor: Actor, article: StaffArticle): WorkflowStep[] {
  return allowedWorkflowSteps(actor, { writerId: article.writer.id, status: article.status });
}

/** "YYYY-MM-DDTHH:mm" in WITA (UTC+8), for datetime-local inputs. */
export function witaInputValue(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** The WITA input value `minutes` from now (the schedule field's default). */
export function witaInputValueIn(minutes: number): string {
  return witaInputValue(new Date(Date.now() + minutes * 60_000));
}
