import { describe, expect, it } from "vitest";
import { z } from "zod";
import { failureOf, lastFailure, messageOf, validationFailure } from "./action-result";
import { ConflictError, FieldConflictError, ForbiddenError } from "./errors";

const schema = z
  .object({
    username: z
      .string()
      .min(3, "Minimal 3 karakter.")
      .regex(/^[a-z]+$/, "Huruf kecil saja."),
    tags: z.array(z.string().min(1, "Tag kosong.")),
    body: z.object({ type: z.literal("doc") }),
  })
  .refine((input) => input.username !== "admin", "Nama ini dicadangkan.");

function errorOf(input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to fail");
  return parsed.error;
}

describe("validationFailure", () => {
  it("keeps every message of a field, in the schema's order", () => {
    const result = validationFailure(errorOf({ username: "A", tags: [], body: { type: "doc" } }));
    expect(result).toEqual({ ok: false, fieldErrors: { username: ["Minimal 3 karakter.", "Huruf kecil saja."] } });
  });

  it("files nested issues under the top-level field and lists a repeated message once", () => {
    const result = validationFailure(errorOf({ username: "budi", tags: ["", ""], body: { type: "doc" } }));
    expect(result.fieldErrors).toEqual({ tags: ["Tag kosong."] });
  });

  it("replaces a field's own messages when asked", () => {
    const result = validationFailure(errorOf({ username: "budi", tags: [], body: { type: "p" } }), {
      body: "Isi tidak didukung.",
    });
    expect(result.fieldErrors).toEqual({ body: ["Isi tidak didukung."] });
  });

  it("keeps a message about the replaced field as a whole instead of the stand-in", () => {
    const whole = z.object({ body: z.unknown().refine(() => false, "Isi terlalu bertingkat.") });
    const parsed = whole.safeParse({ body: {} });
    if (parsed.success) throw new Error("expected the input to fail");
    expect(validationFailure(parsed.error, { body: "Isi tidak didukung." }).fieldErrors).toEqual({
      body: ["Isi terlalu bertingkat."],
    });
  });

  it("turns an issue about the whole input into the form error", () => {
    const result = validationFailure(errorOf({ username: "admin", tags: [], body: { type: "doc" } }));
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "Nama ini dicadangkan." });
  });
});

describe("failureOf", () => {
  it("puts a taken unique value on its field", () => {
    expect(failureOf(new FieldConflictError("slug", "Slug sudah dipakai."))).toEqual({
      ok: false,
      fieldErrors: { slug: ["Slug sudah dipakai."] },
    });
  });

  it("puts any other domain error on the form", () => {
    expect(failureOf(new ForbiddenError())).toEqual({
      ok: false,
      formError: "Anda tidak memiliki izin untuk tindakan ini.",
    });
    expect(failureOf(new ConflictError("Sudah berubah."))).toEqual({ ok: false, formError: "Sudah berubah." });
  });

  it("rethrows anything that is not a domain error", () => {
    const bug = new TypeError("x is undefined");
    expect(() => failureOf(bug)).toThrow(bug);
  });
});

describe("messageOf", () => {
  it("prefers the form error, then the first field message", () => {
    expect(messageOf({ ok: false, formError: "Gagal.", fieldErrors: { alt: ["Isi teks."] } })).toBe("Gagal.");
    expect(messageOf({ ok: false, fieldErrors: { file: undefined, alt: ["Isi teks.", "Terlalu panjang."] } })).toBe(
      "Isi teks.",
    );
    expect(messageOf({ ok: false })).toBeUndefined();
  });
});

describe("lastFailure", () => {
  it("finds the failure in a form state and nothing before the first submission or after a success", () => {
    expect(lastFailure({ ok: false, formError: "Gagal." })).toEqual({ ok: false, formError: "Gagal." });
    expect(lastFailure({ ok: true, data: 1 })).toBeUndefined();
    expect(lastFailure(null)).toBeUndefined();
  });
});
