import { describe, expect, it } from "vitest";
import type { ArticleBody } from "@/lib/articles/body";
import { extractDatelineAndSignOff, matchDateline, matchSignOff } from "./dateline";

describe("matchDateline", () => {
  it.each([
    ["Samarinda - Wali Kota meninjau", "Samarinda", "Wali Kota meninjau"],
    ["SAMARINDA – Wali Kota meninjau", "Samarinda", "Wali Kota meninjau"],
    ["Samarinda, (11/10) – Wali Kota meninjau", "Samarinda", "Wali Kota meninjau"],
    ["Samarinda (11/10) - Wali Kota", "Samarinda", "Wali Kota"],
    ["SAMARINDA (ANTARA) - Wali Kota", "Samarinda", "Wali Kota"],
    ["Samarinda, 11/10/2022 — Wali Kota", "Samarinda", "Wali Kota"],
    ["Samarinda, 11 Oktober 2022 - Wali Kota", "Samarinda", "Wali Kota"],
    ["TENGGARONG SEBERANG – Camat", "Tenggarong Seberang", "Camat"],
    ["Kab. Kutai Barat - Bupati", "Kab. Kutai Barat", "Bupati"],
    ["SAMARINDA: Wali Kota", "Samarinda", "Wali Kota"],
    ["SAMARINDA–Wali Kota", "Samarinda", "Wali Kota"],
    ["  Samarinda -  Wali Kota", "Samarinda", "Wali Kota"],
  ])("%s", (input, dateline, rest) => {
    const match = matchDateline(input);
    expect(match?.dateline).toBe(dateline);
    expect(input.slice(match?.length ?? 0)).toBe(rest);
  });

  it.each([
    "Wali Kota Samarinda Andi Harun - yang juga",
    "Samarinda-Kaltim menjadi tuan rumah",
    "Pemerintah kota - yang diwakili",
    "Samarinda –",
    "Hari ini warga berkumpul - lalu",
  ])("leaves %s alone", (input) => {
    expect(matchDateline(input)).toBeNull();
  });
});

describe("matchSignOff", () => {
  it.each([
    ["Demikian disampaikan. (Prb/ty)", "(Prb/ty)", "Demikian disampaikan."],
    ["Demikian disampaikan. (Hms/prb).", "(Hms/prb)", "Demikian disampaikan."],
    ["Demikian disampaikan (Hms/prb)", "(Hms/prb)", "Demikian disampaikan"],
    ["Demikian disampaikan.(prb)", "(prb)", "Demikian disampaikan."],
    ["Selesai.” (adv)", "(adv)", "Selesai.”"],
    ["( Prb / ty )", "(Prb/ty)", ""],
    ["Selesai. (*)", "(*)", "Selesai."],
  ])("%s", (input, signOff, rest) => {
    const match = matchSignOff(input);
    expect(match?.signOff).toBe(signOff);
    expect(input.slice(0, input.length - (match?.length ?? 0))).toBe(rest);
  });

  it.each(["kata Ketua Dewan Perwakilan Rakyat Daerah (DPRD)", "anggaran sebesar Rp 2 miliar (APBD).", "Selesai."])(
    "leaves %s alone",
    (input) => {
      expect(matchSignOff(input)).toBeNull();
    },
  );
});

describe("extractDatelineAndSignOff", () => {
  it("takes both off the body, keeping the marks of the remaining text", () => {
    const body: ArticleBody = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: "/media/a/960.webp", alt: "Foto" } },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "SAMARINDA", marks: [{ type: "bold" }] },
            { type: "text", text: " – Wali Kota " },
            { type: "text", text: "meninjau", marks: [{ type: "italic" }] },
            { type: "text", text: " banjir." },
          ],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Penutup berita." },
            { type: "hardBreak" },
            { type: "text", text: "(Prb/ty)" },
          ],
        },
        { type: "paragraph", content: [{ type: "text", text: "(Hms/prb)" }] },
      ],
    };
    const result = extractDatelineAndSignOff(body);
    expect(result.dateline).toBe("Samarinda");
    expect(result.signOff).toBe("(Hms/prb)");
    expect(result.body.content).toEqual([
      { type: "image", attrs: { src: "/media/a/960.webp", alt: "Foto" } },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Wali Kota " },
          { type: "text", text: "meninjau", marks: [{ type: "italic" }] },
          { type: "text", text: " banjir." },
        ],
      },
      {
        type: "paragraph",
        content: [{ type: "text", text: "Penutup berita." }, { type: "hardBreak" }, { type: "text", text: "(Prb/ty)" }],
      },
    ]);
  });

  it("removes a sign-off that ends the last line of a paragraph", () => {
    const result = extractDatelineAndSignOff({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "Isi." }, { type: "hardBreak" }, { type: "text", text: "(Prb/ty)" }],
        },
      ],
    });
    expect(result.signOff).toBe("(Prb/ty)");
    expect(result.body.content).toEqual([{ type: "paragraph", content: [{ type: "text", text: "Isi." }] }]);
  });

  it("changes nothing without a dateline or sign-off", () => {
    const body: ArticleBody = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Warga berkumpul." }] }],
    };
    expect(extractDatelineAndSignOff(body)).toEqual({ body, dateline: "", signOff: null });
  });
});
