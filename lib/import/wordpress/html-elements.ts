import type { DefaultTreeAdapterTypes } from "parse5";
import type { Mark } from "@/lib/articles/body";

/**
 * What the WordPress body converter knows about HTML elements: which it drops with their
 * content, which only wrap text, which become marks, and how to read the attributes
 * WordPress and its plugins write. Pure module.
 */

export type Node = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;
export type Parent = DefaultTreeAdapterTypes.ParentNode;
export type TextAlign = "left" | "center" | "right" | "justify";

/** Removed together with everything inside them. */
export const DROPPED_ELEMENTS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "video",
  "audio",
  "noscript",
  "form",
  "input",
  "select",
  "textarea",
  "button",
  "svg",
  "math",
  "canvas",
  "map",
  "template",
  "dialog",
]);

/** Removed silently: they never carry article text. */
export const SILENT_ELEMENTS = new Set([
  "head",
  "meta",
  "link",
  "title",
  "base",
  "source",
  "track",
  "wbr",
  "colgroup",
  "col",
  "area",
  "param",
]);

/** Formatting the allowlist has no mark for; the text stays, the loss is counted. */
export const COUNTED_UNWRAP = new Set([
  "code",
  "kbd",
  "samp",
  "var",
  "mark",
  "small",
  "big",
  "q",
  "abbr",
  "acronym",
  "cite",
  "dfn",
  "ins",
  "tt",
]);

export const MARK_ELEMENTS: Record<string, Mark> = {
  strong: { type: "bold" },
  b: { type: "bold" },
  em: { type: "italic" },
  i: { type: "italic" },
  u: { type: "underline" },
  s: { type: "strike" },
  strike: { type: "strike" },
  del: { type: "strike" },
  sub: { type: "subscript" },
  sup: { type: "superscript" },
};

/** Containers that only group blocks: a paragraph ends where they start and end. */
export const BLOCK_CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "center",
  "address",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "fieldset",
  "legend",
  "hgroup",
  "body",
  "html",
]);

/** Gutenberg blocks whose markup is an embed or player: dropped whole. */
export const DROPPED_BLOCKS = new Set([
  "embed",
  "video",
  "audio",
  "file",
  "search",
  "social-links",
  "navigation",
  "buttons-embed",
]);

/** Block comments that mark nothing to import and nothing lost. */
export const IGNORED_MARKERS = new Set(["more", "nextpage", "spacer", "separator"]);

export function attribute(element: Element, name: string): string | null {
  return element.attrs.find((item) => item.name === name)?.value ?? null;
}

export function classes(element: Element): string[] {
  return (attribute(element, "class") ?? "").split(/\s+/).filter(Boolean);
}

export function isElement(node: Node): node is Element {
  return "tagName" in node;
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node) || DROPPED_ELEMENTS.has(node.tagName)) return "";
  if (node.tagName === "br") return " ";
  return node.childNodes.map(textOf).join("");
}

export function textAlignOf(element: Element): TextAlign | null {
  const style = /text-align\s*:\s*(left|center|right|justify)/i.exec(attribute(element, "style") ?? "");
  if (style?.[1]) return style[1].toLowerCase() as TextAlign;
  for (const name of classes(element)) {
    const match = /^(?:has-text-align-|text-|align)(left|center|right|justify)$/.exec(name);
    if (match?.[1]) return match[1] as TextAlign;
  }
  return null;
}

export function spanOf(value: string | null, max: number): number | null {
  const span = Number(value ?? "1");
  return Number.isInteger(span) && span > 1 && span <= max ? span : null;
}

export function containsTag(element: Element, tag: string): boolean {
  return element.tagName === tag || element.childNodes.some((child) => isElement(child) && containsTag(child, tag));
}

export function findAll(element: Element, tag: string): Element[] {
  return element.childNodes
    .filter(isElement)
    .flatMap((child) => (child.tagName === tag ? [child] : findAll(child, tag)));
}

/** The real address of an image; lazy-loading plugins put a placeholder in src and the image elsewhere. */
export function imageSource(element: Element): string | null {
  const candidates = ["data-lazy-src", "data-src", "data-orig-file", "src"].map(
    (name) => attribute(element, name)?.trim() ?? "",
  );
  const src = attribute(element, "src")?.trim() ?? "";
  if (src && !src.startsWith("data:image/gif") && !src.startsWith("data:image/svg")) return src;
  return (
    candidates.find(
      (candidate) => candidate && !candidate.startsWith("data:image/gif") && !candidate.startsWith("data:image/svg"),
    ) ?? null
  );
}

export function attachmentIdOf(element: Element): number | null {
  for (const name of classes(element)) {
    const match = /^wp-image-(\d{1,10})$/.exec(name);
    if (match?.[1]) return Number(match[1]);
  }
  const dataId = attribute(element, "data-id") ?? attribute(element, "data-attachment-id");
  return dataId && /^\d{1,10}$/.test(dataId) ? Number(dataId) : null;
}
