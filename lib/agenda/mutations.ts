import "server-only";
import { slugify } from "@/lib/articles/slug";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { assertCan, type Action, type Actor, type ArticleRef } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { InvalidTransitionError, NotFoundError } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request";
import { invalidateAgenda } from "./cache";
import { RESERVED_AGENDA_SLUGS, type AgendaInput } from "./schema";

/**
 * The agenda workflow, as for announcements: a draft (any staff member, their own),
 * published by an editor or admin, unpublished, deleted. Audited in the same transaction;
 * cached pages expire after (./cache.ts). The slug follows the title until first publish.
 */

type Tx = Prisma.TransactionClient;

async function allocateSlug(tx: Tx, title: string, ownId: string | null): Promise<string> {
  const base = slugify(title) || "agenda";
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (RESERVED_AGENDA_SLUGS.has(candidate)) continue;
    const taken = await tx.agendaEvent.findFirst({
      where: { slug: candidate, ...(ownId ? { NOT: { id: ownId } } : {}) },
      select: { id: true },
    });
    if (!taken) return candidate;
  }
}

const refOf = (row: { authorId: string; status: "DRAFT" | "PUBLISHED" }): ArticleRef => ({
  writerId: row.authorId,
  status: row.status,
});

async function loadForWrite(tx: Tx, id: string) {
  const row = await tx.agendaEvent.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, status: true, authorId: true, publishedAt: true },
  });
  if (!row) throw new NotFoundError("Agenda tidak ditemukan.");
  return row;
}

function fields(input: AgendaInput) {
  return {
    title: input.title,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    organiser: input.organiser,
    description: input.description,
  };
}

/** Any staff member: a new draft event of their own. Audited. */
export async function createAgendaEvent(actor: Actor, input: AgendaInput, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, "agenda.create");
  return db.$transaction(async (tx) => {
    const created = await tx.agendaEvent.create({
      data: { ...fields(input), slug: await allocateSlug(tx, input.title, null), authorId: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agenda.create",
      targetType: "agenda",
      targetId: created.id,
      details: { title: input.title },
      ip: meta.ip,
    });
    return created;
  });
}

/** Editors and admins any event; a writer their own draft. A published event's SEQUENCE goes up. Audited. */
export async function updateAgendaEvent(
  actor: Actor,
  id: string,
  input: AgendaInput,
  meta: RequestMeta,
): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, id);
    assertCan(actor, "agenda.edit", refOf(row));
    const slug = row.publishedAt === null ? await allocateSlug(tx, input.title, id) : row.slug;
    await tx.agendaEvent.update({
      where: { id },
      data: { ...fields(input), slug, ...(row.status === "PUBLISHED" ? { sequence: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agenda.update",
      targetType: "agenda",
      targetId: id,
      details: { title: input.title },
      ip: meta.ip,
    });
    return { before: row, slug };
  });
  if (result.before.status === "PUBLISHED") invalidateAgenda(result.before.slug, result.slug);
}

type Step = {
  permission: Action;
  from: "DRAFT" | "PUBLISHED";
  to: "DRAFT" | "PUBLISHED";
  audit: AuditAction;
  refused: string;
};

const PUBLISH: Step = {
  permission: "agenda.publish",
  from: "DRAFT",
  to: "PUBLISHED",
  audit: "agenda.publish",
  refused: "Agenda ini sudah terbit.",
};
const UNPUBLISH: Step = {
  permission: "agenda.publish",
  from: "PUBLISHED",
  to: "DRAFT",
  audit: "agenda.unpublish",
  refused: "Agenda ini belum terbit.",
};

async function move(actor: Actor, id: string, step: Step, meta: RequestMeta): Promise<void> {
  assertCan(actor, step.permission);
  const slug = await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, id);
    if (row.status !== step.from) throw new InvalidTransitionError(step.refused);
    await tx.agendaEvent.update({
      where: { id },
      data: {
        status: step.to,
        ...(step.to === "PUBLISHED" ? { publishedAt: row.publishedAt ?? new Date(), sequence: { increment: 1 } } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: step.audit,
      targetType: "agenda",
      targetId: id,
      details: { slug: row.slug },
      ip: meta.ip,
    });
    return row.slug;
  });
  invalidateAgenda(slug);
}

/** Editors and admins: a draft event goes public. Audited. */
export function publishAgendaEvent(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  return move(actor, id, PUBLISH, meta);
}

/** Editors and admins: a published event goes back to a draft. Audited. */
export function unpublishAgendaEvent(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  return move(actor, id, UNPUBLISH, meta);
}

/** Editors and admins any event; a writer their own draft. Audited. */
export async function deleteAgendaEvent(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  const row = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, id);
    assertCan(actor, "agenda.delete", refOf(current));
    await tx.agendaEvent.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agenda.delete",
      targetType: "agenda",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current;
  });
  if (row.status === "PUBLISHED") invalidateAgenda(row.slug);
}
