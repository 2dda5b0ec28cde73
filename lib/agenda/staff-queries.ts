import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";

/** Dashboard reads: never cached; every function takes the actor. */

export type StaffAgendaRow = {
  id: string;
  slug: string;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  startsAt: Date;
  endsAt: Date;
  place: string;
  organiser: string;
  description: string;
  authorId: string;
  authorName: string;
};

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  place: true,
  organiser: true,
  description: true,
  authorId: true,
} satisfies Prisma.AgendaEventSelect;

/** Editors and admins see every event; a writer sees their own. */
function visibleTo(actor: Actor): Prisma.AgendaEventWhereInput {
  return can(actor, "agenda.publish") ? {} : { authorId: actor.id };
}

async function named(rows: Prisma.AgendaEventGetPayload<{ select: typeof rowSelect }>[]): Promise<StaffAgendaRow[]> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.authorId))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return rows.map((row) => ({ ...row, authorName: names.get(row.authorId) ?? "—" }));
}

/** Any staff member: events they may see, latest start first. */
export async function listAgendaForStaff(actor: Actor, limit = 100): Promise<StaffAgendaRow[]> {
  return named(
    await db.agendaEvent.findMany({
      where: visibleTo(actor),
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: limit,
      select: rowSelect,
    }),
  );
}

/** Any staff member: the next published events that have not ended (dashboard home). */
export async function listUpcomingAgendaForStaff(
  actor: Actor,
  now: Date = new Date(),
  limit = 5,
): Promise<StaffAgendaRow[]> {
  return named(
    await db.agendaEvent.findMany({
      where: { status: "PUBLISHED", endsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: limit,
      select: rowSelect,
    }),
  );
}

/** One event for its editor; someone else's draft is NotFound to a writer. */
export async function getAgendaEventForStaff(actor: Actor, id: string): Promise<StaffAgendaRow> {
  const row = await db.agendaEvent.findFirst({ where: { id, ...visibleTo(actor) }, select: rowSelect });
  if (!row) throw new NotFoundError("Agenda tidak ditemukan.");
  const [result] = await named([row]);
  if (!result) throw new NotFoundError("Agenda tidak ditemukan.");
  return result;
}
