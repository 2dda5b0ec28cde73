import type { ArticleBody, BodyNode, InlineNode } from "@/lib/articles/body";

/**
 * Humas copy opens with a dateline ("SAMARINDA –", "Samarinda, (11/10) –") and closes
 * with the writer/editor sign-off ("(Prb/ty)"). The portal prints both from fields of
 * their own, so an imported body must lose them or a reader sees them twice. Only the
 * shapes newsrooms actually write are recognised; anything doubtful stays in the text,
 * where an editor can still see it. Pure module.
 */

const MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember";

// One to three capitalised words ("Samarinda", "Tenggarong Seberang", "Kab. Kutai Barat")…
const PLACE = String.raw`([A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2})`;
// …then an optional date or agency: "(11/10)", "(ANTARA)", ", 11/10/2022", ", 11 Oktober 2022"…
const AFTER_PLACE = String.raw`(?:\s*,?\s*\([^()]{1,30}\)|\s*,\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\s*,\s*\d{1,2}\s+(?:${MONTHS})\s+\d{4})?`;
// …then a dash with a space on at least one side ("Samarinda -", "Samarinda– ").
const DASH = String.raw`(?:\s+[-–—]+\s*|\s*[-–—]+\s+)`;
const DATELINE = new RegExp(String.raw`^\s*${PLACE}${AFTER_PLACE}${DASH}(?=\S)`);
// An all-capitals place may be followed by a colon or a dash without spaces ("SAMARINDA:").
const CAPS_DATELINE = new RegExp(
  String.raw`^\s*([A-Z][A-Z'.]*(?: [A-Z][A-Z'.]*){0,2})${AFTER_PLACE}\s*[-–—:]+\s*(?=\S)`,
);

const MAX_PLACE_LENGTH = 30;

function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s.'-])([a-z])/g, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** "SAMARINDA, (11/10) – Wali Kota…" → { dateline: "Samarinda", length of the prefix }; null when there is none. */
export function matchDateline(text: string): { dateline: string; length: number } | null {
  const match = DATELINE.exec(text) ?? CAPS_DATELINE.exec(text);
  const place = match?.[1];
  if (!match || !place || place.length > MAX_PLACE_LENGTH) return null;
  const isAllCaps = place === place.toUpperCase();
  return { dateline: isAllCaps ? titleCase(place) : place, length: match[0].length };
}

// "(Prb/ty)", "(Hms/prb)", "( prb )", "(*)", optionally followed by a full stop.
const SIGN_OFF = /\(\s*(\*|[A-Za-z]{1,12}(?:\s*[/,]\s*[A-Za-z]{1,12}){0,3})\s*\)\s*\.?\s*$/;
/** Room in articles.sign_off. */
export const MAX_SIGN_OFF_LENGTH = 40;
const SENTENCE_END = /(?:^|[.!?…"”’')\]]\s*)$/;

/**
 * "…di Balai Kota. (Prb/ty)" → { signOff: "(Prb/ty)", length of the suffix }; null when
 * there is none. A single word in brackets after a word ("…Ketua DPRD (DPRD)") is an
 * abbreviation, not a sign-off: without a slash, the bracket must follow the end of a sentence.
 */
export function matchSignOff(text: string): { signOff: string; length: number } | null {
  const match = SIGN_OFF.exec(text);
  const initials = match?.[1];
  if (!match || !initials) return null;
  const before = text.slice(0, match.index);
  if (!initials.includes("/") && !SENTENCE_END.test(before.trimEnd()) && before.trim() !== "") return null;
  const signOff = `(${initials.replace(/\s+/g, "")})`;
  if (signOff.length > MAX_SIGN_OFF_LENGTH) return null;
  // The white space between the last sentence and the bracket goes with the sign-off.
  const whitespace = before.length - before.trimEnd().length;
  return { signOff, length: text.length - match.index + whitespace };
}

/** Removes `count` characters from the start of a paragraph's text, keeping the marks of what remains. */
function dropLeadingCharacters(content: readonly InlineNode[], count: number): InlineNode[] {
  let remaining = count;
  const result: InlineNode[] = [];
  for (const node of content) {
    if (remaining > 0 && node.type === "text") {
      if (node.text.length <= remaining) {
        remaining -= node.text.length;
        continue;
      }
      result.push({ ...node, text: node.text.slice(remaining) });
      remaining = 0;
      continue;
    }
    if (remaining > 0) continue;
    result.push(node);
  }
  return result;
}

function dropTrailingCharacters(content: readonly InlineNode[], count: number): InlineNode[] {
  return dropLeadingCharacters([...content].reverse().map(reverseText), count)
    .reverse()
    .map(reverseText);
}

function reverseText(node: InlineNode): InlineNode {
  return node.type === "text" ? { ...node, text: [...node.text].reverse().join("") } : node;
}

/** The text of a paragraph up to its first line break: a dateline never spans lines. */
function leadingText(content: readonly InlineNode[]): string {
  const stop = content.findIndex((node) => node.type === "hardBreak");
  return (stop === -1 ? content : content.slice(0, stop))
    .map((node) => (node.type === "text" ? node.text : ""))
    .join("");
}

function trailingText(content: readonly InlineNode[]): string {
  const stop = content.findLastIndex((node) => node.type === "hardBreak");
  return content
    .slice(stop + 1)
    .map((node) => (node.type === "text" ? node.text : ""))
    .join("");
}

/** Trims white space and line breaks at both ends of a paragraph. */
function trimInline(content: readonly InlineNode[]): InlineNode[] {
  const nodes = [...content];
  while (nodes[0]?.type === "hardBreak") nodes.shift();
  while (nodes.at(-1)?.type === "hardBreak") nodes.pop();
  const first = nodes[0];
  if (first?.type === "text") nodes[0] = { ...first, text: first.text.trimStart() };
  const last = nodes.at(-1);
  if (last?.type === "text") nodes[nodes.length - 1] = { ...last, text: last.text.trimEnd() };
  return nodes.filter((node) => node.type !== "text" || node.text.length > 0);
}

type Paragraph = Extract<BodyNode, { type: "paragraph" }>;

function withContent(paragraph: Paragraph, content: InlineNode[]): Paragraph | null {
  const trimmed = trimInline(content);
  return trimmed.length > 0 ? { ...paragraph, content: trimmed } : null;
}

export type DatelineAndSignOff = { body: ArticleBody; dateline: string; signOff: string | null };

/**
 * Takes the dateline off the first paragraph and the sign-off off the last one (the
 * paragraphs the article page prints them beside); a paragraph left empty is removed.
 */
export function extractDatelineAndSignOff(body: ArticleBody): DatelineAndSignOff {
  const blocks = [...body.content];
  let dateline = "";
  let signOff: string | null = null;

  const firstIndex = blocks.findIndex((node) => node.type === "paragraph");
  const first = blocks[firstIndex];
  if (first?.type === "paragraph" && first.content) {
    const match = matchDateline(leadingText(first.content));
    if (match) {
      dateline = match.dateline;
      blocks[firstIndex] = withContent(first, dropLeadingCharacters(first.content, match.length)) ?? {
        type: "paragraph",
      };
    }
  }

  const lastIndex = blocks.findLastIndex((node) => node.type === "paragraph");
  const last = blocks[lastIndex];
  if (last?.type === "paragraph" && last.content) {
    const match = matchSignOff(trailingText(last.content));
    if (match) {
      signOff = match.signOff;
      blocks[lastIndex] = withContent(last, dropTrailingCharacters(last.content, match.length)) ?? {
        type: "paragraph",
      };
    }
  }

  const content = blocks.filter((node) => node.type !== "paragraph" || (node.content?.length ?? 0) > 0);
  return { body: { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] }, dateline, signOff };
}
