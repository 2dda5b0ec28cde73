import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/errors";
import {
  assertCanApply,
  assertTransition,
  canApply,
  canTransition,
  STATUS_LABELS,
  WORKFLOW_VERBS,
  type ArticleStatus,
  type WorkflowVerb,
} from "./status";

const ALL: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

const ALLOWED = new Set([
  "DRAFT>IN_REVIEW",
  "DRAFT>PUBLISHED",
  "DRAFT>SCHEDULED",
  "IN_REVIEW>DRAFT",
  "IN_REVIEW>PUBLISHED",
  "IN_REVIEW>SCHEDULED",
  "SCHEDULED>PUBLISHED",
  "SCHEDULED>DRAFT",
  "PUBLISHED>DRAFT",
  "PUBLISHED>ARCHIVED",
  "ARCHIVED>DRAFT",
]);

describe("article status transitions", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const allowed = ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow(InvalidTransitionError);
      });
    }
  }

  it("explains a refusal in Indonesian with both labels", () => {
    expect(() => assertTransition("PUBLISHED", "SCHEDULED")).toThrow(
      'Artikel berstatus "Terbit" tidak dapat diubah menjadi "Terjadwal".',
    );
  });

  it("labels every status", () => {
    expect(ALL.map((status) => STATUS_LABELS[status])).toEqual([
      "Draf",
      "Menunggu tinjauan",
      "Terjadwal",
      "Terbit",
      "Diarsipkan",
    ]);
  });
});

describe("workflow verbs", () => {
  const sources: Record<WorkflowVerb, ArticleStatus[]> = {
    submit: ["DRAFT"],
    return: ["IN_REVIEW"],
    publish: ["DRAFT", "IN_REVIEW", "SCHEDULED"],
    schedule: ["DRAFT", "IN_REVIEW"],
    cancelSchedule: ["SCHEDULED"],
    unpublish: ["PUBLISHED"],
    archive: ["PUBLISHED"],
    restore: ["ARCHIVED"],
  };
  for (const verb of Object.keys(WORKFLOW_VERBS) as WorkflowVerb[]) {
    for (const status of ALL) {
      const allowed = sources[verb].includes(status);
      it(`${verb} from ${status} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(canApply(verb, status)).toBe(allowed);
        if (allowed) expect(() => assertCanApply(verb, status)).not.toThrow();
        else expect(() => assertCanApply(verb, status)).toThrow(InvalidTransitionError);
      });
    }
  }

  it("every verb leads somewhere the table allows", () => {
    for (const { from, to } of Object.values(WORKFLOW_VERBS)) {
      for (const status of from) expect(canTransition(status, to)).toBe(true);
    }
  });
});
