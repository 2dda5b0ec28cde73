import { describe, expect, it } from "vitest";
import {
  applyCorrections,
  correctableWords,
  excludedQuery,
  formatQueryTerms,
  looseWords,
  parseQueryTerms,
  requiredPhrasesQuery,
} from "./query-terms";

describe("parseQueryTerms", () => {
  it("reads phrases, exclusions and OR as websearch_to_tsquery does", () => {
    expect(parseQueryTerms('"bank sampah" -kelurahan banjir or rob -"pasar  murah"')).toEqual([
      { kind: "phrase", text: "bank sampah" },
      { kind: "exclude", text: "kelurahan", isPhrase: false },
      { kind: "word", text: "banjir" },
      { kind: "or" },
      { kind: "word", text: "rob" },
      { kind: "exclude", text: "pasar murah", isPhrase: true },
    ]);
  });

  it("reads an unclosed quote to the end and ignores empty quotes and a lone minus", () => {
    expect(parseQueryTerms('banjir "" - "jalan rusak')).toEqual([
      { kind: "word", text: "banjir" },
      { kind: "word", text: "-" },
      { kind: "phrase", text: "jalan rusak" },
    ]);
  });
});

describe("query pieces", () => {
  const terms = parseQueryTerms('"bank sampah" -kelurahan daur ulang -"pasar murah"');

  it("separates loose words, required phrases and exclusions", () => {
    expect(looseWords(terms)).toEqual(["daur", "ulang"]);
    expect(requiredPhrasesQuery(terms)).toBe('"bank sampah"');
    expect(excludedQuery(terms)).toBe('kelurahan OR "pasar murah"');
    expect(formatQueryTerms(terms)).toBe('"bank sampah" -kelurahan daur ulang -"pasar murah"');
  });

  it("offers loose and phrase words for correction, never excluded ones or short ones", () => {
    expect(correctableWords(parseQueryTerms('Banjr di "puskesmas samrinda" -kelurahan 2024'))).toEqual([
      "banjr",
      "puskesmas",
      "samrinda",
    ]);
  });

  it("replaces corrected words and keeps the query's shape; null when nothing changes", () => {
    const typed = parseQueryTerms('"puskesmas samrinda" banjr -kelurahan');
    expect(
      applyCorrections(
        typed,
        new Map([
          ["samrinda", "samarinda"],
          ["banjr", "banjir"],
        ]),
      ),
    ).toBe('"puskesmas samarinda" banjir -kelurahan');
    expect(applyCorrections(typed, new Map())).toBeNull();
    expect(applyCorrections(typed, new Map([["kelurahan", "kelurahan"]]))).toBeNull();
  });
});
