import { describe, expect, it } from "vitest";
import { makeAgendaSchema, monthSchema } from "./schema";

const schema = makeAgendaSchema("Asia/Makassar");
const valid = {
  title: "Rapat Paripurna DPRD",
  startsAt: "2026-12-01T09:00",
  endsAt: "2026-12-01T11:30",
  place: "Gedung DPRD",
  organiser: "Sekretariat DPRD",
  description: "",
};

describe("agenda schema", () => {
  it("reads start and end in the portal's zone", () => {
    const parsed = schema.parse(valid);
    expect(parsed.startsAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2026-12-01T03:30:00.000Z");
  });

  it("refuses an end before the start, or more than a month after it", () => {
    const before = schema.safeParse({ ...valid, endsAt: "2026-12-01T08:00" });
    expect(before.success).toBe(false);
    expect(before.error?.issues[0]?.path).toEqual(["endsAt"]);
    expect(schema.safeParse({ ...valid, endsAt: "2027-01-15T08:00" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, place: "" }).success).toBe(false);
  });

  it("accepts months as YYYY-MM only", () => {
    expect(monthSchema.safeParse("2026-12").success).toBe(true);
    for (const bad of ["2026-13", "2026-1", "26-12", "2026-00", "1999-12"]) {
      expect(monthSchema.safeParse(bad).success).toBe(false);
    }
  });
});
