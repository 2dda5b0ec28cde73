import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  catchUnavailable,
  databaseUnavailable,
  failureOf,
  isUnavailableFailure,
  lastFailure,
  messageOf,
  validationFailure,
} from "./action-result";
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

  it("turns an unreachable database into the retryable failure", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
      syscall: "connect",
      errno: -111,
    });
    expect(failureOf(refused)).toEqual({
      ok: false,
      kind: "unavailable",
      formError: "Server basis data sedang tidak tersedia. Isian Anda belum tersimpan; coba lagi beberapa saat lagi.",
    });
  });
});

describe("catchUnavailable", () => {
  const down = Object.assign(new Error("Can't reach database server"), { code: "P1001" });

  it("answers an outage anywhere in the action, the session check included, as a failure", async () => {
    const result = await catchUnavailable(async () => {
      throw down;
    });
    expect(result).toBe(databaseUnavailable);
    expect(isUnavailableFailure(result)).toBe(true);
  });

  it("passes results, redirects and bugs through untouched", async () => {
    await expect(catchUnavailable(async () => ({ ok: true as const, data: 1 }))).resolves.toEqual({
      ok: true,
      data: 1,
    });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/login;307;" });
    await expect(catchUnavailable(() => Promise.reject(redirect))).rejects.toBe(redirect);
    const bug = new TypeError("x is undefined");
    await expect(catchUnavailable(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it("tells the unavailable failure from the others", () => {
    expect(isUnavailableFailure({ ok: false, formError: "Judul wajib." })).toBe(false);
    expect(isUnavailableFailure({ ok: true, data: undefined })).toBe(false);
    expect(isUnavailableFailure(null)).toBe(false);
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
