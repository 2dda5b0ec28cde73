import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import { createTestUser, uniqueSuffix } from "./factories";

/**
 * Signed-in staff for lib tests: a real user row (so foreign keys and audit entries
 * work) and the Actor that lib/auth/session would build for it.
 */
export async function createTestActor(role: Role, initials?: string): Promise<Actor> {
  const user = await createTestUser({ role, ...(initials ? { initials } : {}) });
  return {
    id: user.id,
    role: user.role,
    username: user.username,
    displayName: user.displayName,
    initials: user.initials,
  };
}

/** A media row (no file behind it) for cover and alt-text tests. */
export async function createTestMedia(alt: string) {
  return db.media.create({
    data: {
      storageKey: `uji/${uniqueSuffix()}.jpg`,
      mimeType: "image/jpeg",
      width: 1600,
      height: 900,
      byteSize: 1234,
      variantWidths: [480, 960, 1600],
      alt,
    },
  });
}

export async function deleteTestMedia(ids: string[]) {
  if (ids.length) await db.media.deleteMany({ where: { id: { in: ids } } });
}
