import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { deleteTestRows } from "@/lib/testing/factories";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { createAgendaEvent, updateAgendaEvent, publishAgendaEvent, unpublishAgendaEvent, deleteAgendaEvent } =
  await import("./mutations");
const { listUpcomingEvents, listPastEvents, listMonthEvents, getPublishedEvent, listFeedEvents, groupByDay } =
  await import("./queries");
const { getAgendaEventForStaff, listUpcomingAgendaForStaff } = await import("./staff-queries");

const userIds: string[] = [];
afterAll(() => deleteTestRows({ userIds }));
beforeEach(() => revalidateTag.mockClear());

const meta = { ip: null, userAgent: "uji" };
const HOUR = 3600_000;

async function actors() {
  const [writer, editor] = await Promise.all([createTestActor("WRITER"), createTestActor("EDITOR")]);
  userIds.push(writer.id, editor.id);
  return { writer, editor };
}

function input(title: string, startsAt: Date, hours = 2) {
  return {
    title,
    startsAt,
    endsAt: new Date(startsAt.getTime() + hours * HOUR),
    place: "Balai Kota",
    organiser: "Bagian Protokol",
    description: "Terbuka untuk umum.",
  };
}

describe("agenda", () => {
  it("a writer drafts, an editor publishes: upcoming, month view, feed and page show it", async () => {
    const { writer, editor } = await actors();
    // 2 December 2026, 10.00 WITA: inside December in the portal's zone.
    const startsAt = new Date("2026-12-02T02:00:00Z");
    const { id } = await createAgendaEvent(writer, input(`Rapat Banjir ${Date.now()}`, startsAt), meta);
    const { slug } = await getAgendaEventForStaff(writer, id);
    expect(await getPublishedEvent(slug)).toBeNull();
    await expect(publishAgendaEvent(writer, id, meta)).rejects.toBeInstanceOf(ForbiddenError);
    await publishAgendaEvent(editor, id, meta);
    await expect(publishAgendaEvent(editor, id, meta)).rejects.toBeInstanceOf(InvalidTransitionError);

    expect((await getPublishedEvent(slug))?.isPast).toBe(false);
    expect((await listUpcomingEvents(500)).map((event) => event.slug)).toContain(slug);
    expect((await listMonthEvents("2026-12")).map((event) => event.slug)).toContain(slug);
    expect((await listMonthEvents("2026-11")).map((event) => event.slug)).not.toContain(slug);
    expect((await listFeedEvents()).find((event) => event.slug === slug)?.sequence).toBe(1);
    expect((await listUpcomingAgendaForStaff(writer, new Date(), 500)).map((event) => event.id)).toContain(id);
    expect(revalidateTag).toHaveBeenCalledWith("agenda:lists", { expire: 0 });
    expect(await db.auditEvent.count({ where: { targetId: id, action: "agenda.publish" } })).toBe(1);
  });

  it("lists an ended event under Agenda lalu, not as upcoming", async () => {
    const { writer, editor } = await actors();
    const { id } = await createAgendaEvent(
      writer,
      input(`Upacara ${Date.now()}`, new Date(Date.now() - 5 * HOUR)),
      meta,
    );
    await publishAgendaEvent(editor, id, meta);
    const { slug } = await getAgendaEventForStaff(editor, id);
    expect((await listUpcomingEvents(500)).map((event) => event.slug)).not.toContain(slug);
    expect((await listPastEvents(500)).map((event) => event.slug)).toContain(slug);
    expect((await getPublishedEvent(slug))?.isPast).toBe(true);
  });

  it("keeps a writer to their own drafts; editing a published event raises its SEQUENCE", async () => {
    const { writer, editor } = await actors();
    const other = await createTestActor("WRITER");
    userIds.push(other.id);
    const startsAt = new Date(Date.now() + 48 * HOUR);
    const { id } = await createAgendaEvent(writer, input(`Musrenbang ${Date.now()}`, startsAt), meta);
    await expect(getAgendaEventForStaff(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgendaEvent(other, id, input("Diubah", startsAt), meta)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteAgendaEvent(other, id, meta)).rejects.toBeInstanceOf(ForbiddenError);
    await publishAgendaEvent(editor, id, meta);
    await expect(updateAgendaEvent(writer, id, input("Sesudah terbit", startsAt), meta)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await updateAgendaEvent(editor, id, { ...input("Musrenbang Kecamatan", startsAt), place: "Aula Kecamatan" }, meta);
    const { slug } = await getAgendaEventForStaff(editor, id);
    expect((await listFeedEvents()).find((event) => event.slug === slug)).toMatchObject({
      place: "Aula Kecamatan",
      sequence: 2,
    });
    await unpublishAgendaEvent(editor, id, meta);
    expect(await getPublishedEvent(slug)).toBeNull();
    await deleteAgendaEvent(editor, id, meta);
    expect(await db.agendaEvent.findUnique({ where: { id } })).toBeNull();
  });

  it("groups events by the day they start in the portal's zone", () => {
    const at = (iso: string) => ({
      slug: iso,
      title: iso,
      startsAt: new Date(iso),
      endsAt: new Date(iso),
      place: "",
      organiser: "",
    });
    // 23.30 WITA on 1 December is 15.30 UTC; 00.30 WITA on 2 December is 16.30 UTC.
    const days = groupByDay([at("2026-12-01T15:30:00Z"), at("2026-12-01T16:30:00Z"), at("2026-12-01T17:00:00Z")]);
    expect(days.map((day) => [day.day, day.events.length])).toEqual([
      ["2026-12-01", 1],
      ["2026-12-02", 2],
    ]);
  });
});
