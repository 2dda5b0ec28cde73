import { z } from "zod";

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

/** Links may point to the web, to e-mail or phone, or to a path on this site. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  if (value.startsWith("#")) return true;
  return /^(https?:\/\/|mailto:|tel:)/i.test(value);
}

/** Images in a body must come from this site's media storage or be absolute https URLs. */
export function isSafeImageSrc(src: string): boolean {
  const value = src.trim();
  return (value.startsWith("/media/") && !value.includes("..")) || /^https:\/\//i.test(value);
}

const linkMarkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({
    href: z.string().max(2_000).refine(isSafeHref, "Tautan harus diawali http://, https://, mailto:, tel: atau /"),
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
    src: z.string().max(2_000).refine(isSafeImageSrc, "Gambar harus berasal dari pustaka media portal"),
    alt: z.string().max(300).default(""),
    title: z.string().max(300).nullish(),
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

export const articleBodySchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(MAX_CHILDREN),
});

export type ArticleBody = z.infer<typeof articleBodySchema>;

/** A body with one empty paragraph: what a new draft starts with. */
export const EMPTY_BODY: ArticleBody = { type: "doc", content: [{ type: "paragraph" }] };

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

/** Plain text of a body, one block per line: feeds search, derived excerpts and reading time. */
export function bodyToPlainText(body: ArticleBody): string {
  return body.content
    .flatMap(blockText)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n");
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
