import { describe, expect, it } from "vitest";
import { eventJsonLd } from "./structured-data";

describe("eventJsonLd", () => {
  it("gives start and end with the portal's offset, place and organiser", () => {
    const data = eventJsonLd(
      {
        title: "Rapat Paripurna",
        startsAt: new Date("2026-12-01T01:00:00Z"),
        endsAt: new Date("2026-12-01T03:30:00Z"),
        place: "Gedung DPRD",
        organiser: "",
        description: "",
      },
      { url: "https://humas.example.go.id/agenda/rapat", timeZone: "Asia/Makassar", publisher: "Pemkot Samarinda" },
    );
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2026-12-01T09:00:00+08:00",
      endDate: "2026-12-01T11:30:00+08:00",
      location: { "@type": "Place", name: "Gedung DPRD" },
      organizer: { name: "Pemkot Samarinda" },
    });
    expect(data).not.toHaveProperty("description");
  });
});
