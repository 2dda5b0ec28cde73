/**
 * A reader's query split the way Postgres' `websearch_to_tsquery` reads it: loose words,
 * "quoted phrases", -excluded words or -"phrases", and OR. The full-text search passes the
 * query to Postgres unchanged; these pieces serve what Postgres cannot do from the whole
 * string: similar-title guesses (which must honour phrases and exclusions) and spelling
 * suggestions (which replace single words and keep the rest of the query as typed).
 *
 * Pure module.
 */

export type QueryTerm =
  | { kind: "word"; text: string }
  | { kind: "phrase"; text: string }
  | { kind: "exclude"; text: string; isPhrase: boolean }
  | { kind: "or" };

/** `"bank sampah" -kelurahan banjir OR rob` → phrase, exclude, word, or, word. */
export function parseQueryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // A quote opens a phrase up to the next quote (or the end, as Postgres reads it); a
  // minus right before a word or a quote excludes it.
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const text = phrase.trim().replace(/\s+/g, " ");
      if (!text) continue;
      terms.push(minus ? { kind: "exclude", text, isPhrase: true } : { kind: "phrase", text });
      continue;
    }
    if (!bare) continue;
    if (bare.toLowerCase() === "or") {
      terms.push({ kind: "or" });
    } else if (bare.startsWith("-") && bare.length > 1) {
      terms.push({ kind: "exclude", text: bare.slice(1), isPhrase: false });
    } else {
      terms.push({ kind: "word", text: bare });
    }
  }
  return terms;
}

/** The terms as a query string again, which websearch_to_tsquery reads the same way. */
export function formatQueryTerms(terms: readonly QueryTerm[]): string {
  return terms
    .map((term) => {
      switch (term.kind) {
        case "word":
          return term.text;
        case "phrase":
          return `"${term.text}"`;
        case "exclude":
          return term.isPhrase ? `-"${term.text}"` : `-${term.text}`;
        case "or":
          return "OR";
      }
    })
    .join(" ");
}

/** The loose (unquoted, not excluded) words: what a title may resemble. */
export function looseWords(terms: readonly QueryTerm[]): string[] {
  return terms.flatMap((term) => (term.kind === "word" ? [term.text] : []));
}

/** The quoted phrases, as one websearch query that needs all of them; "" when there are none. */
export function requiredPhrasesQuery(terms: readonly QueryTerm[]): string {
  return terms.flatMap((term) => (term.kind === "phrase" ? [`"${term.text}"`] : [])).join(" ");
}

/** The excluded words and phrases, as one websearch query matching any of them; "" when there are none. */
export function excludedQuery(terms: readonly QueryTerm[]): string {
  return terms
    .flatMap((term) => (term.kind === "exclude" ? [term.isPhrase ? `"${term.text}"` : term.text] : []))
    .join(" OR ");
}

/** Words a spelling suggestion may replace: loose words and the words of phrases, letters only, 3+ long, lower case. */
export function correctableWords(terms: readonly QueryTerm[]): string[] {
  const words = terms.flatMap((term) =>
    term.kind === "word" || term.kind === "phrase" ? term.text.toLowerCase().split(/\s+/) : [],
  );
  return [...new Set(words.filter((word) => /^\p{L}{3,40}$/u.test(word)))];
}

/**
 * The query with each word in `corrections` (lower case) replaced, phrases and exclusions
 * kept; null when nothing changed.
 */
export function applyCorrections(terms: readonly QueryTerm[], corrections: ReadonlyMap<string, string>): string | null {
  if (corrections.size === 0) return null;
  const fix = (text: string) =>
    text
      .split(" ")
      .map((word) => corrections.get(word.toLowerCase()) ?? word)
      .join(" ");
  const corrected = terms.map((term): QueryTerm => {
    if (term.kind === "word") return { kind: "word", text: fix(term.text) };
    if (term.kind === "phrase") return { kind: "phrase", text: fix(term.text) };
    return term;
  });
  const before = formatQueryTerms(terms);
  const after = formatQueryTerms(corrected);
  return after === before ? null : after;
}
