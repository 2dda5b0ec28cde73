import { z } from "zod";
import { isMediaUrl } from "@/lib/media/urls";

/**
 * Article bodies are stored as ProseMirror documents (the JSON the dashboard editor
 * produces), never as HTML. This module is the allowlist: anything that does not
 * parse here is not stored, and components/site/article-body renders only what it
 * describes. Unknown nodes, marks and attributes are rejected or stripped.
 *
 * Pure module: the editor in the browser validates with the same schema.
 */

const MAX_TEXT = 20_000;
const MAX_CHILDREN = 2_000;
/**
 * Nesting the editor can produce is shallow (a list in a quote in a table cell is about
 * eight levels); validation recurses once per level, so a body nested hundreds deep must
 * be refused before it is validated.
 */
export const MAX_BODY_DEPTH = 32;

export const EXTERNAL_IMAGE_MESSAGE =
  "Gambar dari situs lain tidak dapat dipakai. Unggah gambar ke pustaka media portal dengan tombol Sisipkan gambar.";
export const BODY_TOO_DEEP_MESSAGE = `Isi berita terlalu bertingkat (lebih dari ${MAX_BODY_DEPTH} tingkat). Sederhanakan daftar, kutipan atau tabel bertingkat.`;

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);
// Relative links are resolved against a stand-in origin: only whether they stay on it matters.
const STAND_IN_ORIGIN = "https://warta.invalid";

/** Whether a link was written with a scheme ("https:…", "mailto:…"), as the URL parser reads it. */
function hasScheme(href: string): boolean {
  // The parser drops tabs and newlines anywhere and spaces and controls at the ends:
  // "java\tscript:" is "javascript:" to a browser.
  const value = href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^[a-z][a-z0-9+.-]*:/i.test(value);
}

function parse(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * Links may point to the web, to e-mail or phone, or to a path on this site. A link
 * written as a path must stay on this site once a browser resolves it: "/\\evil.example/x"
 * and "/<TAB>/evil.example/x" look local but lead away, and are refused.
 */
export function isSafeHref(href: string): boolean {
  const url = parse(href.trim(), `${STAND_IN_ORIGIN}/`);
  if (!url || !LINK_PROTOCOLS.has(url.protocol)) return false;
  if (!hasScheme(href)) return url.origin === STAND_IN_ORIGIN;
  return url.protocol === "mailto:" || url.protocol === "tel:" || url.hostname !== "";
}

export type BodyLink = { href: string; isExternal: boolean };

/**
 * Where a stored link really goes, resolved by the URL parser against the site's origin
 * as a browser would: a link to this site as a clean path, anything else as its full
 * address, marked external. Null for links that are not allowed at all.
 */
export function resolveBodyLink(href: string, siteOrigin: string): BodyLink | null {
  const url = parse(href.trim(), `${siteOrigin}/`);
  if (!url || !LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === "mailto:" || url.protocol === "tel:") return { href: url.href, isExternal: false };
  if (url.origin === new URL(siteOrigin).origin)
    return { href: `${url.pathname}${url.search}${url.hash}`, isExternal: false };
  return { href: url.href, isExternal: true };
}

/**
 * Images in a body must be renditions the portal stores (/media/<id>/<file>): an image
 * from another host would tell that host about every reader (an address and a time),
 * which the portal does not do to its readers. Nothing is fetched from other hosts either.
 */
export function isSafeImageSrc(src: string): boolean {
  return isMediaUrl(src.trim());
}

const linkMarkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({
    href: z
      .string()
      .max(2_000)
      .refine(isSafeHref, "Tautan harus diawali http://, https://, mailto:, tel: atau / dan menuju alamat yang sah."),
  }),
});

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("underline") }),
  z.object({ type: z.literal("strike") }),
  z.object({ type: z.literal("subscript") }),
  z.object({ type: z.literal("superscript") }),
  linkMarkSchema,
]);

const textSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(MAX_TEXT),
  marks: z.array(markSchema).max(8).optional(),
});

const hardBreakSchema = z.object({ type: z.literal("hardBreak") });

const inlineSchema = z.discriminatedUnion("type", [textSchema, hardBreakSchema]);
const inlineContent = z.array(inlineSchema).max(MAX_CHILDREN).optional();

const alignAttrs = z.object({ textAlign: z.enum(["left", "center", "right", "justify"]).nullish() }).optional();

const paragraphSchema = z.object({ type: z.literal("paragraph"), attrs: alignAttrs, content: inlineContent });

const headingSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object({
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    textAlign: z.enum(["left", "center", "right", "justify"]).nullish(),
  }),
  content: inlineContent,
});

const imageSchema = z.object({
  type: z.literal("image"),
  attrs: z.object({
    src: z.string().max(2_000).refine(isSafeImageSrc, EXTERNAL_IMAGE_MESSAGE),
    alt: z.string().max(300).default(""),
    /** The caption printed under the image. */
    title: z.string().max(300).nullish(),
    /** Who took the photo ("Humas Pemkot"), printed after the caption as "Foto: …". */
    credit: z.string().max(120).nullish(),
  }),
});

export type BodyNode =
  | z.infer<typeof paragraphSchema>
  | z.infer<typeof headingSchema>
  | z.infer<typeof imageSchema>
  | { type: "horizontalRule" }
  | { type: "blockquote"; content: BodyNode[] }
  | { type: "bulletList"; content: ListItemNode[] }
  | { type: "orderedList"; attrs?: { start?: number | null }; content: ListItemNode[] }
  | { type: "table"; content: TableRowNode[] };
export type ListItemNode = { type: "listItem"; content: BodyNode[] };
export type TableCellNode = {
  type: "tableCell" | "tableHeader";
  attrs?: { colspan?: number; rowspan?: number };
  content: BodyNode[];
};
export type TableRowNode = { type: "tableRow"; content: TableCellNode[] };
export type InlineNode = z.infer<typeof inlineSchema>;
export type Mark = z.infer<typeof markSchema>;

const blockSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.discriminatedUnion("type", [
    paragraphSchema,
    headingSchema,
    imageSchema,
    z.object({ type: z.literal("horizontalRule") }),
    z.object({ type: z.literal("blockquote"), content: z.array(blockSchema).min(1).max(MAX_CHILDREN) }),
    z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1).max(MAX_CHILDREN) }),
    z.object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(10_000).nullish() }).optional(),
      content: z.array(listItemSchema).min(1).max(MAX_CHILDREN),
    }),
    z.object({ type: z.literal("table"), content: z.array(tableRowSchema).min(1).max(500) }),
  ]),
);

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(blockSchema).min(1).max(MAX_CHILDREN) }),
);

const tableCellSchema: z.ZodType<TableCellNode> = z.lazy(() =>
  z.object({
    type: z.enum(["tableCell", "tableHeader"]),
    attrs: z
      .object({
        colspan: z.number().int().min(1).max(50).optional(),
        rowspan: z.number().int().min(1).max(500).optional(),
      })
      .optional(),
    content: z.array(blockSchema).min(1).max(MAX_CHILDREN),
  }),
);

const tableRowSchema: z.ZodType<TableRowNode> = z.lazy(() =>
  z.object({ type: z.literal("tableRow"), content: z.array(tableCellSchema).min(1).max(50) }),
);

const documentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(MAX_CHILDREN),
});

/**
 * How deeply a JSON value nests, counting only up to `limit + 1`. Iterative on purpose:
 * the point is to look at a document too deep for recursion.
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const [node, depth] = entry;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Whether any image node in a (depth-checked) document points somewhere but the portal's media. */
function hasForeignImage(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const candidate = node as { type?: unknown; attrs?: { src?: unknown } };
    if (
      candidate.type === "image" &&
      typeof candidate.attrs?.src === "string" &&
      !isSafeImageSrc(candidate.attrs.src)
    ) {
      return true;
    }
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return false;
}

/**
 * The whole document. Two checks come first, each with a message a writer can act on:
 * the nesting depth (so validation never recurses hundreds of levels) and images from
 * other hosts. Then every node against the allowlist.
 */
export const articleBodySchema = z
  .unknown()
  .superRefine((value, context) => {
    // Each block level is two JSON levels (a node and its content array).
    if (exceedsDepth(value, MAX_BODY_DEPTH * 2 + 2)) {
      context.addIssue({ code: "custom", message: BODY_TOO_DEEP_MESSAGE });
      return;
    }
    if (hasForeignImage(value)) context.addIssue({ code: "custom", message: EXTERNAL_IMAGE_MESSAGE });
  })
  .pipe(documentSchema);

export type ArticleBody = z.output<typeof documentSchema>;

/** A body with one empty paragraph: what a new draft starts with. */
export const EMPTY_BODY: ArticleBody = { type: "doc", content: [{ type: "paragraph" }] };

/** A stored link mark as today's rules allow it: a disguised off-site link spelled out as the address it leads to; null when no link is allowed at all. */
function repairLinkMark(mark: unknown): unknown {
  const link = mark as { type?: unknown; attrs?: { href?: unknown } } | null;
  if (link?.type !== "link" || typeof link.attrs?.href !== "string" || isSafeHref(link.attrs.href)) return mark;
  const resolved = resolveBodyLink(link.attrs.href, STAND_IN_ORIGIN);
  return resolved && resolved.isExternal ? { ...link, attrs: { ...link.attrs, href: resolved.href } } : null;
}

/**
 * A stored node repaired where it safely can be: image nodes that are not portal media
 * are taken out of every list of nodes, link marks that only looked local are spelled out
 * as the address a browser would open, and links that are not allowed lose their mark
 * (the text stays).
 */
function repairStoredNode(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node
      .filter((child) => {
        const image = child as { type?: unknown; attrs?: { src?: unknown } } | null;
        return !(image?.type === "image" && !(typeof image.attrs?.src === "string" && isSafeImageSrc(image.attrs.src)));
      })
      .map(repairStoredNode);
  }
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "marks" && Array.isArray(value)
        ? value.map(repairLinkMark).filter((mark) => mark !== null)
        : repairStoredNode(value),
    ]),
  );
}

export type StoredBody = {
  body: ArticleBody;
  /** Top-level blocks changed or left out because they no longer (or never) passed the allowlist. */
  dropped: number;
};

/**
 * A body as stored, for showing or editing it: never throws, always something the
 * allowlist accepts. A body written before a rule tightened (images from other hosts,
 * links that only looked local) or damaged in the database must not break its page: it is
 * repaired where that is safe (repairStoredNode), top-level blocks that still fail are left
 * out, and the caller logs how many blocks were changed or dropped.
 */
export function readStoredBody(raw: unknown): StoredBody {
  const whole = articleBodySchema.safeParse(raw);
  if (whole.success) return { body: whole.data, dropped: 0 };
  const content = (raw as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return { body: EMPTY_BODY, dropped: 1 };
  const kept: BodyNode[] = [];
  let dropped = Math.max(0, content.length - MAX_CHILDREN);
  for (const block of content.slice(0, MAX_CHILDREN)) {
    if (exceedsDepth(block, MAX_BODY_DEPTH * 2)) {
      dropped += 1;
      continue;
    }
    const [cleaned] = repairStoredNode([block]) as unknown[];
    const parsed = cleaned === undefined ? null : blockSchema.safeParse(cleaned);
    if (parsed?.success) kept.push(parsed.data);
    if (!parsed?.success || JSON.stringify(cleaned) !== JSON.stringify(block)) dropped += 1;
  }
  return { body: { type: "doc", content: kept.length > 0 ? kept : EMPTY_BODY.content }, dropped };
}

/** Builds a body from plain paragraphs (seed data, imports). Blank entries are skipped. */
export function paragraphsToBody(paragraphs: readonly string[]): ArticleBody {
  const content: BodyNode[] = paragraphs
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ type: "paragraph", content: [{ type: "text", text: paragraph }] }));
  return { type: "doc", content: content.length > 0 ? content : EMPTY_BODY.content };
}

function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockText(node: BodyNode): string[] {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return [inlineText(node.content)];
    case "image":
      return [];
    case "horizontalRule":
      return [];
    case "blockquote":
      return node.content.flatMap(blockText);
    case "bulletList":
    case "orderedList":
      return node.content.flatMap((item) => item.content.flatMap(blockText));
    case "table":
      return node.content.flatMap((row) => row.content.flatMap((cell) => cell.content.flatMap(blockText)));
  }
}

/** "Foto: Humas Pemkot" from a stored credit, whether or not the writer typed the "Foto:" too. */
export function photoCredit(credit: string | null | undefined): string {
  const name = (credit ?? "").replace(/^\s*foto\s*:\s*/i, "").trim();
  return name ? `Foto: ${name}` : "";
}

/** Plain text of a body, one block per line: feeds search, derived excerpts and reading time. */
export function bodyToPlainText(body: ArticleBody): string {
  return body.content
    .flatMap(blockText)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/** How long a description from the body may be: what search results and link previews show. */
export const LEAD_DESCRIPTION_MAX_LENGTH = 160;

/**
 * The first sentences of a body's plain text, as many as fit in `maxLength` characters; a
 * first sentence longer than that is cut at a word and ends with "…". The description of an
 * article without a Ringkasan (meta description, og:description, JSON-LD).
 */
export function leadSentences(plainText: string, maxLength = LEAD_DESCRIPTION_MAX_LENGTH): string {
  const text = plainText.replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+["”’)]*|$)\s*/g) ?? [text];
  let lead = "";
  for (const sentence of sentences) {
    if ((lead + sentence).trim().length > maxLength) break;
    lead += sentence;
  }
  if (lead.trim()) return lead.trim();
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}

function imageAlts(nodes: readonly BodyNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case "image":
        return [node.attrs.alt];
      case "blockquote":
        return imageAlts(node.content);
      case "bulletList":
      case "orderedList":
        return node.content.flatMap((item) => imageAlts(item.content));
      case "table":
        return node.content.flatMap((row) => row.content.flatMap((cell) => imageAlts(cell.content)));
      default:
        return [];
    }
  });
}

/** The alt text of every image in a body, nested ones included, in reading order. */
export function imageAltTexts(body: ArticleBody): string[] {
  return imageAlts(body.content);
}

/** Whole minutes to read, at the 200 words a minute used for Indonesian news copy; at least 1. */
export function readingMinutes(plainText: string): number {
  const words = plainText.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
