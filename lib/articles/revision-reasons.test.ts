import { describe, expect, it } from "vitest";
import { revisionReasonLabel } from "./revision-reasons";

describe("revisionReasonLabel", () => {
  it("names every stored reason in Indonesian", () => {
    expect(revisionReasonLabel("autosave")).toBe("Simpan otomatis");
    expect(revisionReasonLabel("create")).toBe("Dibuat");
    expect(revisionReasonLabel("restore")).toBe("Versi lama dipulihkan");
  });

  it("never shows an unknown code", () => {
    expect(revisionReasonLabel("merge")).toBe("Perubahan");
  });
});
