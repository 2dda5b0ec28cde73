import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ACTIONS, assertCan, can, type Action, type Actor, type ArticleRef, type Role } from "./permissions";

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, role, username: id, displayName: id, initials: "x" });
const writer = actor("WRITER", "writer-1");
const otherWriter = actor("WRITER", "writer-2");
const editor = actor("EDITOR");
const admin = actor("ADMIN");

const ownDraft: ArticleRef = { writerId: writer.id, status: "DRAFT" };
const ownInReview: ArticleRef = { writerId: writer.id, status: "IN_REVIEW" };
const ownPublished: ArticleRef = { writerId: writer.id, status: "PUBLISHED" };

// The full matrix: every action for every role, on the writer's own draft.
const expected: Record<Action, Record<Role, boolean>> = {
  "dashboard.view": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.create": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.view": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.viewAll": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.preview": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.edit": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.submit": { WRITER: true, EDITOR: true, ADMIN: true },
  "article.return": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.publish": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.schedule": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.unpublish": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.archive": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.delete": { WRITER: true, EDITOR: true, ADMIN: true },
  "media.upload": { WRITER: true, EDITOR: true, ADMIN: true },
  "tag.create": { WRITER: false, EDITOR: true, ADMIN: true },
  "category.manage": { WRITER: false, EDITOR: true, ADMIN: true },
  "user.manage": { WRITER: false, EDITOR: false, ADMIN: true },
  "audit.view": { WRITER: false, EDITOR: false, ADMIN: true },
  "site.refresh": { WRITER: false, EDITOR: true, ADMIN: true },
  "banner.manage": { WRITER: false, EDITOR: true, ADMIN: true },
  "announcement.create": { WRITER: true, EDITOR: true, ADMIN: true },
  "announcement.edit": { WRITER: true, EDITOR: true, ADMIN: true },
  "announcement.publish": { WRITER: false, EDITOR: true, ADMIN: true },
  "announcement.delete": { WRITER: true, EDITOR: true, ADMIN: true },
  "agenda.create": { WRITER: true, EDITOR: true, ADMIN: true },
  "agenda.edit": { WRITER: true, EDITOR: true, ADMIN: true },
  "agenda.publish": { WRITER: false, EDITOR: true, ADMIN: true },
  "agenda.delete": { WRITER: true, EDITOR: true, ADMIN: true },
  "page.edit": { WRITER: false, EDITOR: true, ADMIN: true },
  "page.menu": { WRITER: false, EDITOR: false, ADMIN: true },
  "document.manage": { WRITER: false, EDITOR: true, ADMIN: true },
  "gallery.manage": { WRITER: false, EDITOR: true, ADMIN: true },
  "home.pin": { WRITER: false, EDITOR: true, ADMIN: true },
  "article.backdate": { WRITER: false, EDITOR: true, ADMIN: true },
};

describe("permission table", () => {
  it("covers every action", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ["WRITER", "EDITOR", "ADMIN"] as const) {
      it(`${role} ${expected[action][role] ? "may" : "may not"} ${action}`, () => {
        const subject = role === "WRITER" ? writer : role === "EDITOR" ? editor : admin;
        expect(can(subject, action, ownDraft)).toBe(expected[action][role]);
      });
    }
  }
});

describe("a writer and other people's work", () => {
  it("cannot see, edit, submit or delete another writer's draft", () => {
    for (const action of [
      "article.view",
      "article.edit",
      "article.submit",
      "article.delete",
      "article.preview",
    ] as const) {
      expect(can(otherWriter, action, ownDraft)).toBe(false);
    }
  });

  it("cannot edit or delete their own article once it is in review or published", () => {
    for (const article of [ownInReview, ownPublished]) {
      expect(can(writer, "article.edit", article)).toBe(false);
      expect(can(writer, "article.delete", article)).toBe(false);
      expect(can(writer, "article.submit", article)).toBe(false);
    }
    expect(can(writer, "article.view", ownPublished)).toBe(true);
  });

  it("sees every article only as an editor or admin, whoever wrote it", () => {
    expect(can(writer, "article.viewAll")).toBe(false);
    expect(can(writer, "article.viewAll", ownDraft)).toBe(false);
    expect(can(editor, "article.viewAll")).toBe(true);
    expect(can(admin, "article.viewAll")).toBe(true);
    // Seeing every article implies seeing each one; the reverse holds only for the writer's own.
    for (const subject of [writer, otherWriter, editor, admin]) {
      if (can(subject, "article.viewAll")) expect(can(subject, "article.view", ownDraft)).toBe(true);
    }
    expect(can(otherWriter, "article.view", ownDraft)).toBe(false);
  });

  it("needs an article to claim ownership", () => {
    expect(can(writer, "article.edit")).toBe(false);
    expect(can(editor, "article.edit")).toBe(true);
  });
});

describe("assertCan", () => {
  it("throws ForbiddenError when the table says no", () => {
    expect(() => assertCan(writer, "article.publish", ownDraft)).toThrow(ForbiddenError);
    expect(() => assertCan(editor, "article.publish", ownDraft)).not.toThrow();
  });
});

describe("announcements and agenda items", () => {
  const kinds = ["announcement", "agenda"] as const;

  it("a writer edits and deletes only their own drafts, and never publishes", () => {
    for (const kind of kinds) {
      for (const verb of ["edit", "delete"] as const) {
        const action = `${kind}.${verb}` as const;
        expect(can(writer, action, ownDraft)).toBe(true);
        expect(can(otherWriter, action, ownDraft)).toBe(false);
        expect(can(writer, action, ownPublished)).toBe(false);
      }
      expect(can(writer, `${kind}.publish`, ownDraft)).toBe(false);
    }
  });

  it("editors and admins manage every one, whoever wrote it and whatever its state", () => {
    for (const kind of kinds) {
      for (const verb of ["edit", "delete", "publish"] as const) {
        for (const subject of [editor, admin]) {
          expect(can(subject, `${kind}.${verb}`, ownPublished)).toBe(true);
        }
      }
    }
  });

  it("only editors and admins raise or clear the emergency banner", () => {
    expect(can(writer, "banner.manage")).toBe(false);
    expect(() => assertCan(writer, "banner.manage")).toThrow(ForbiddenError);
    expect(can(editor, "banner.manage")).toBe(true);
    expect(can(admin, "banner.manage")).toBe(true);
  });
});
