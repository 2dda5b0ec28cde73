import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, type IcsEvent } from "./ics";

const calendar = {
  name: "Agenda Pemkot Samarinda",
  host: "humas.example.go.id",
  urlOf: (slug: string) => `https://humas.example.go.id/agenda/${slug}`,
};

const event: IcsEvent = {
  id: "0192f0a0-0000-7000-8000-000000000001",
  slug: "rapat-koordinasi-banjir",
  title: "Rapat Koordinasi Penanganan Banjir; Wali Kota, Sekda, dan OPD",
  // 09.00–11.30 WITA on 1 December 2026.
  startsAt: new Date("2026-12-01T01:00:00Z"),
  endsAt: new Date("2026-12-01T03:30:00Z"),
  place: "Ruang Rapat Utama, Balai Kota Samarinda, Jl. Kesuma Bangsa No. 1",
  organiser: "Bagian Protokol & Komunikasi Pimpinan",
  description:
    "Agenda:\n1. Laporan BPBD, tinggi muka air Sungai Karang Mumus\n2. Rencana evakuasi warga — Kecamatan Samarinda Ulu, Sungai Pinang; \\ catatan",
  sequence: 2,
  updatedAt: new Date("2026-11-30T08:15:00Z"),
};

describe("buildCalendar", () => {
  const text = buildCalendar([event], calendar);

  it("parses with ical.js into the same event", () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const [vevent] = component.getAllSubcomponents("vevent");
    expect(vevent).toBeDefined();
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe(`${event.id}@humas.example.go.id`);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.location).toBe(event.place);
    expect(parsed.description).toBe(`${event.description}\n\nPenyelenggara: ${event.organiser}`);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(event.startsAt.toISOString());
    expect(parsed.endDate.toJSDate().toISOString()).toBe(event.endsAt.toISOString());
    expect(parsed.sequence).toBe(2);
    expect(vevent?.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-30T08:15:00Z");
    expect(vevent?.getFirstPropertyValue("url")).toBe("https://humas.example.go.id/agenda/rapat-koordinasi-banjir");
    expect(component.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("ends every line with CRLF and keeps each within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).byteLength).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    for (const line of folded.split("\r\n")) {
      expect(new TextEncoder().encode(line).byteLength).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(60)}`);
  });
});
