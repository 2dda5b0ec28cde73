import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/errors";
import { assertTransition, canTransition, STATUS_LABELS, type ArticleStatus } from "./status";

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
