import { describe, expect, it } from "vitest";
import { generateTemporaryPassword } from "./password";
import { userCreateSchema } from "./schema";

describe("userCreateSchema", () => {
  const valid = {
    username: "prabawati",
    displayName: "Prabawati",
    email: " Praba@Samarinda.GO.ID ",
    role: "WRITER",
    initials: "Prb",
  };

  it("accepts a lowercase username and lowercases the e-mail", () => {
    expect(userCreateSchema.parse(valid)).toMatchObject({ username: "prabawati", email: "praba@samarinda.go.id" });
  });

  it.each(["Prabawati", "1praba", "pr", "praba wati", "praba--"])("refuses the username %j", (username) => {
    expect(userCreateSchema.safeParse({ ...valid, username }).success).toBe(false);
  });

  it("refuses an unknown role and non-letter initials", () => {
    expect(userCreateSchema.safeParse({ ...valid, role: "ROOT" }).success).toBe(false);
    expect(userCreateSchema.safeParse({ ...valid, initials: "P.1" }).success).toBe(false);
  });
});

describe("generateTemporaryPassword", () => {
  it("is readable (no look-alike characters) and different every time", () => {
    const passwords = new Set(Array.from({ length: 200 }, generateTemporaryPassword));
    expect(passwords.size).toBe(200);
    for (const password of passwords) expect(password).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/);
  });
});
