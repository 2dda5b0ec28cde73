import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/auth/permissions";
import {
  allowedWorkflowSteps,
  assertCanApply,
  assertTransition,
  canApply,
  canTransition,
  STATUS_LABELS,
  WORKFLOW_BUTTONS,
  WORKFLOW_VERBS,
  type ArticleStatus,
  type WorkflowStep,
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

const actorOf = (role: Role, id = `${role}-1`): Actor => ({ id, role, username: id, displayName: id, initials: "x" });
const writer = actorOf("WRITER");
const otherWriter = actorOf("WRITER", "WRITER-2");
const editor = actorOf("EDITOR");
const admin = actorOf("ADMIN");

describe("allowed workflow steps (the editor's buttons)", () => {
  // Written out by hand, not derived: a copy of the graph that disagrees with status.ts fails here.
  const forEditors: Record<ArticleStatus, WorkflowStep[]> = {
    DRAFT: ["submit", "publish", "schedule", "delete"],
    IN_REVIEW: ["publish", "return", "schedule", "delete"],
    SCHEDULED: ["publish", "cancelSchedule", "delete"],
    PUBLISHED: ["unpublish", "archive", "delete"],
    ARCHIVED: ["restore", "delete"],
  };
  const forOwningWriter: Record<ArticleStatus, WorkflowStep[]> = {
    DRAFT: ["submit", "delete"],
    IN_REVIEW: [],
    SCHEDULED: [],
    PUBLISHED: [],
    ARCHIVED: [],
  };

  for (const status of ALL) {
    const article = { writerId: writer.id, status };
    it(`editors and admins on a ${status} article get ${forEditors[status].join(", ")}`, () => {
      expect(allowedWorkflowSteps(editor, article)).toEqual(forEditors[status]);
      expect(allowedWorkflowSteps(admin, article)).toEqual(forEditors[status]);
    });
    it(`the writer of a ${status} article gets ${forOwningWriter[status].join(", ") || "nothing"}`, () => {
      expect(allowedWorkflowSteps(writer, article)).toEqual(forOwningWriter[status]);
    });
    it(`another writer gets nothing on a ${status} article`, () => {
      expect(allowedWorkflowSteps(otherWriter, article)).toEqual([]);
    });
  }

  it("offers an editor to cancel a schedule, and only on a scheduled article", () => {
    for (const status of ALL) {
      const steps = allowedWorkflowSteps(editor, { writerId: writer.id, status });
      expect(steps.includes("cancelSchedule")).toBe(status === "SCHEDULED");
    }
  });

  it("offers only steps the server accepts", () => {
    for (const status of ALL) {
      for (const step of allowedWorkflowSteps(editor, { writerId: writer.id, status })) {
        if (step !== "delete") expect(() => assertCanApply(step, status)).not.toThrow();
      }
    }
  });

  it("labels every button in Indonesian", () => {
    expect(Object.keys(WORKFLOW_BUTTONS)).toEqual([...Object.keys(WORKFLOW_VERBS), "delete"]);
    expect(Object.values(WORKFLOW_BUTTONS).map((button) => button.label)).toEqual([
      "Kirim ke redaktur",
      "Terbitkan",
      "Kembalikan ke penulis",
      "Jadwalkan",
      "Batalkan jadwal",
      "Tarik dari publikasi",
      "Arsipkan",
      "Pulihkan",
      "Hapus",
    ]);
  });
});
