import { parseFragment, type DefaultTreeAdapterTypes } from "parse5";
import {
  isSafeHref,
  type ArticleBody,
  type BodyNode,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type TableCellNode,
  type TableRowNode,
} from "@/lib/articles/body";
import { BlockSink, withMark, type Paragraph } from "./body-builder";
import {
  attachmentIdOf,
  attribute,
  BLOCK_CONTAINERS,
  classes,
  containsTag,
  COUNTED_UNWRAP,
  DROPPED_BLOCKS,
  DROPPED_ELEMENTS,
  findAll,
  IGNORED_MARKERS,
  imageSource,
  isElement,
  MARK_ELEMENTS,
  SILENT_ELEMENTS,
  spanOf,
  textAlignOf,
  textOf,
  type Element,
  type Node,
  type Parent,
} from "./html-elements";
import { expandShortcodes } from "./shortcodes";
import { cleanText, collapseWhitespace } from "./text";

/**
 * WordPress post HTML (classic editor or Gutenberg) → the portal's ProseMirror body.
 *
 * The HTML is parsed by parse5 the way a browser would (WordPress content is often
 * malformed Word paste), then walked into exactly the nodes the article allowlist
 * (lib/articles/body.ts) knows: paragraphs, headings, lists, quotes, tables, images,
 * rules, and bold/italic/underline/strike/sub/sup/link marks. Elements that carry
 * content we cannot keep (iframes, scripts, embeds, forms) are dropped and counted, so
 * the import report says what did not come across. Images keep their original URL here;
 * the importer replaces it with the stored copy (or removes the image) afterwards.
 *
 * Classic-editor posts are stored without <p>: WordPress adds paragraphs on display
 * (wpautop), a blank line making a paragraph and a single newline a line break. The
 * converter does the same unless the post is made of Gutenberg blocks. Pure module.
 */

/** An image as the post referenced it, before the importer stores it. */
export type ImageReference = {
  /** The URL as written in the post (absolute, relative or a data: URI). */
  src: string;
  alt: string;
  caption: string;
  /** From the `wp-image-123` class or the block's attributes, for the attachment's alt text. */
  attachmentId: number | null;
};

export type ConvertOptions = {
  /** Alt text stored on the attachment in WordPress, for images inserted without one. */
  attachmentAlt?: (attachmentId: number) => string | undefined;
  /** The old site's origins ("https://humas.example.go.id"); links to it become site-relative paths. */
  siteOrigins?: readonly string[];
};

export type ConvertedBody = {
  body: ArticleBody;
  images: ImageReference[];
  /** Elements dropped with their content, by kind ("iframe", "shortcode:gallery", "block:embed"). */
  dropped: Record<string, number>;
  /** Formatting removed while its text was kept ("code", "shortcode:vc_row"). */
  unwrapped: Record<string, number>;
  /** Links to files in the old site's uploads folder (PDFs, documents) that still point there. */
  uploadLinks: number;
};

type Mode = "classic" | "blocks" | "pre";

type Context = { marks: readonly Mark[]; mode: Mode };

class Converter {
  readonly images: ImageReference[] = [];
  readonly dropped: Record<string, number> = {};
  readonly unwrapped: Record<string, number> = {};
  uploadLinks = 0;

  constructor(private readonly options: ConvertOptions) {}

  count(counter: Record<string, number>, key: string): void {
    counter[key] = (counter[key] ?? 0) + 1;
  }

  blocksOf(parent: Parent, context: Context): BodyNode[] {
    const sink = new BlockSink();
    this.walkChildren(parent, sink, context);
    return sink.finish();
  }

  blocksOfNode(node: Node, context: Context): BodyNode[] {
    const sink = new BlockSink();
    this.walk(node, sink, context);
    return sink.finish();
  }

  walkChildren(parent: Parent, sink: BlockSink, context: Context): void {
    const children = parent.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (!child) continue;
      if (child.nodeName === "#comment") {
        index = this.blockComment(children, index);
        continue;
      }
      this.walk(child, sink, context);
    }
  }

  /**
   * A Gutenberg block delimiter. Blocks that are embeds or players are skipped up to their
   * closing comment; self-closing dynamic blocks (latest posts, archives) had no markup
   * to import. Returns the index to continue after.
   */
  blockComment(siblings: readonly Node[], index: number): number {
    const data = (siblings[index] as DefaultTreeAdapterTypes.CommentNode).data.trim();
    const match = /^wp:([a-z0-9/-]+)(\s+\{[\s\S]*\})?\s*(\/)?$/.exec(data);
    if (!match?.[1]) return index;
    const name = match[1].replace(/^core\//, "");
    if (IGNORED_MARKERS.has(name)) return index;
    if (match[3] === "/") {
      this.count(this.dropped, `block:${name}`);
      return index;
    }
    const baseName = name.startsWith("core-embed/") ? "embed" : name;
    if (!DROPPED_BLOCKS.has(baseName)) return index;
    const provider = /"providerNameSlug"\s*:\s*"([a-z0-9-]+)"/.exec(match[2] ?? "")?.[1] ?? name.split("/")[1];
    this.count(this.dropped, provider && baseName === "embed" ? `block:embed:${provider}` : `block:${baseName}`);
    for (let end = index + 1; end < siblings.length; end++) {
      const sibling = siblings[end];
      if (
        sibling?.nodeName === "#comment" &&
        (sibling as DefaultTreeAdapterTypes.CommentNode).data.trim() === `/wp:${match[1]}`
      ) {
        return end;
      }
    }
    // CASE: no closing comment at this level (hand-edited markup); drop only the delimiter.
    return index;
  }

  walk(node: Node, sink: BlockSink, context: Context): void {
    if (node.nodeName === "#text") {
      this.text((node as DefaultTreeAdapterTypes.TextNode).value, sink, context);
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName;
    if (DROPPED_ELEMENTS.has(tag)) {
      this.count(this.dropped, tag);
      return;
    }
    if (SILENT_ELEMENTS.has(tag)) return;
    const mark = MARK_ELEMENTS[tag];
    if (mark) {
      this.walkChildren(node, sink, { ...context, marks: withMark(context.marks, mark) });
      return;
    }
    switch (tag) {
      case "a":
        this.link(node, sink, context);
        return;
      case "br":
        if (context.mode !== "classic") sink.inline.addBreak();
        else if (sink.inline.addClassicBreak("br")) sink.flush();
        return;
      case "img":
        this.image(node, sink, "");
        return;
      case "p":
        this.paragraph(node, sink, context);
        return;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        this.heading(node, sink, context);
        return;
      case "ul":
      case "ol":
        this.list(node, sink, context);
        return;
      case "li":
        // CASE: a list item outside any list (broken markup): its content as paragraphs.
        sink.push(...this.blocksOf(node, context));
        return;
      case "blockquote":
        this.blockquote(node, sink, context);
        return;
      case "table":
        this.table(node, sink, context);
        return;
      case "figure":
        this.figure(node, sink, context);
        return;
      case "figcaption":
        sink.push(...this.blocksOf(node, context));
        return;
      case "hr":
        sink.push({ type: "horizontalRule" });
        return;
      case "pre":
        sink.flush();
        this.walkChildren(node, sink, { ...context, mode: "pre" });
        sink.flush();
        return;
      case "picture":
        this.walkChildren(node, sink, context);
        return;
    }
    if (BLOCK_CONTAINERS.has(tag)) {
      sink.flush();
      this.walkChildren(node, sink, context);
      sink.flush();
      return;
    }
    if (COUNTED_UNWRAP.has(tag)) this.count(this.unwrapped, tag);
    this.walkChildren(node, sink, context);
  }

  text(raw: string, sink: BlockSink, context: Context): void {
    const value = raw.replace(/\r/g, "");
    if (context.mode === "pre") {
      value.split("\n").forEach((line, index) => {
        if (index > 0) sink.inline.addBreak();
        sink.inline.addText(line.replace(/[\t ]+/g, " "), context.marks);
      });
      return;
    }
    if (context.mode === "blocks") {
      sink.inline.addText(value.replace(/[\s\u00A0]+/g, " "), context.marks);
      return;
    }
    // CASE: classic editor: a blank line is a new paragraph, a newline a line break (wpautop).
    value.split(/\n[^\S\n]*\n\s*/).forEach((part, index) => {
      if (index > 0) sink.flush();
      part.split("\n").forEach((line, lineIndex) => {
        if (lineIndex > 0) sink.inline.addClassicBreak("newline");
        sink.inline.addText(line.replace(/[\s\u00A0]+/g, " "), context.marks);
      });
    });
  }

  link(element: Element, sink: BlockSink, context: Context): void {
    const children = element.childNodes.filter((child) => child.nodeName !== "#text" || textOf(child).trim() !== "");
    // CASE: an image linked to its own full-size file; the image alone is the content.
    if (children.length > 0 && children.every((child) => isElement(child) && child.tagName === "img")) {
      this.walkChildren(element, sink, context);
      return;
    }
    const href = this.linkTarget(attribute(element, "href"));
    if (href === null) {
      this.walkChildren(element, sink, context);
      return;
    }
    this.walkChildren(element, sink, { ...context, marks: withMark(context.marks, { type: "link", attrs: { href } }) });
  }

  /** The href to keep, or null to keep only the link's text (missing or unsafe targets). */
  linkTarget(raw: string | null): string | null {
    const written = raw?.trim() ?? "";
    if (!written || written === "#") return null;
    // A protocol-relative link ("//example.go.id/…") meant the page's scheme; the portal is served over https.
    const value = written.startsWith("//") ? `https:${written}` : written;
    if (value.length > 2_000 || !isSafeHref(value)) {
      this.count(this.dropped, "link:unsafe");
      return null;
    }
    for (const origin of this.options.siteOrigins ?? []) {
      if (value.toLowerCase().startsWith(`${origin.toLowerCase()}/`) || value.toLowerCase() === origin.toLowerCase()) {
        const path = value.slice(origin.length) || "/";
        if (path.includes("/wp-content/uploads/")) this.uploadLinks++;
        return path;
      }
    }
    if (value.includes("/wp-content/uploads/")) this.uploadLinks++;
    return value;
  }

  image(element: Element, sink: BlockSink, caption: string): void {
    const src = imageSource(element);
    if (!src) {
      this.count(this.dropped, "img:no-src");
      return;
    }
    const attachmentId = attachmentIdOf(element);
    let alt = collapseWhitespace(cleanText(attribute(element, "alt") ?? ""));
    if (!alt && attachmentId !== null) alt = collapseWhitespace(this.options.attachmentAlt?.(attachmentId) ?? "");
    const reference: ImageReference = { src, alt: alt.slice(0, 300), caption: caption.slice(0, 300), attachmentId };
    this.images.push(reference);
    sink.push({
      type: "image",
      attrs: { src, alt: reference.alt, ...(reference.caption ? { title: reference.caption } : {}) },
    });
  }

  paragraph(element: Element, sink: BlockSink, context: Context): void {
    sink.flush();
    const outer = sink.align;
    sink.align = textAlignOf(element);
    this.walkChildren(element, sink, context);
    sink.flush();
    sink.align = outer;
  }

  heading(element: Element, sink: BlockSink, context: Context): void {
    const inner = this.blocksOf(element, context);
    const texts = inner.filter((node): node is Paragraph => node.type === "paragraph");
    const content = texts.flatMap((paragraph, index) => [
      ...(index > 0 ? [{ type: "text", text: " " } as InlineNode] : []),
      ...(paragraph.content ?? []),
    ]);
    const rank = Number(element.tagName.slice(1));
    // h1 is the article title on the public page; the body's levels start at 2 and stop at 4.
    const level = Math.min(4, Math.max(2, rank)) as 2 | 3 | 4;
    const align = textAlignOf(element);
    const heading: BodyNode = { type: "heading", attrs: { level, ...(align ? { textAlign: align } : {}) }, content };
    sink.push(...(content.length > 0 ? [heading] : []), ...inner.filter((node) => node.type !== "paragraph"));
  }

  list(element: Element, sink: BlockSink, context: Context): void {
    if (classes(element).some((name) => name.includes("gallery"))) {
      // CASE: a Gutenberg gallery written as a list (WordPress 5.x): the pictures, not a bulleted list.
      sink.push(...this.blocksOf(element, context));
      return;
    }
    const items: ListItemNode[] = [];
    for (const child of element.childNodes) {
      if (child.nodeName === "#comment") continue;
      if (child.nodeName === "#text" && textOf(child).trim() === "") continue;
      const blocks =
        isElement(child) && child.tagName === "li" ? this.blocksOf(child, context) : this.blocksOfNode(child, context);
      items.push({ type: "listItem", content: blocks.length > 0 ? blocks : [{ type: "paragraph" }] });
    }
    if (items.length === 0) return;
    if (element.tagName === "ol") {
      const start = Number(attribute(element, "start") ?? "1");
      const attrs = Number.isInteger(start) && start >= 0 && start <= 10_000 && start !== 1 ? { attrs: { start } } : {};
      sink.push({ type: "orderedList", ...attrs, content: items });
    } else {
      sink.push({ type: "bulletList", content: items });
    }
  }

  blockquote(element: Element, sink: BlockSink, context: Context): void {
    const content = this.blocksOf(element, context);
    if (content.length > 0) sink.push({ type: "blockquote", content });
  }

  table(element: Element, sink: BlockSink, context: Context): void {
    const rows: TableRowNode[] = [];
    const captions: BodyNode[] = [];
    const visit = (parent: Parent) => {
      for (const child of parent.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") visit(child);
        else if (child.tagName === "caption") captions.push(...this.blocksOf(child, context));
        else if (child.tagName === "tr") {
          const cells: TableCellNode[] = child.childNodes.filter(isElement).flatMap((cell) => {
            if (cell.tagName !== "td" && cell.tagName !== "th") return [];
            const blocks = this.blocksOf(cell, context);
            const colspan = spanOf(attribute(cell, "colspan"), 50);
            const rowspan = spanOf(attribute(cell, "rowspan"), 500);
            const attrs = { ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) };
            return [
              {
                type: cell.tagName === "th" ? "tableHeader" : "tableCell",
                ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
                content: blocks.length > 0 ? blocks : [{ type: "paragraph" }],
              } satisfies TableCellNode,
            ];
          });
          if (cells.length > 0) rows.push({ type: "tableRow", content: cells.slice(0, 50) });
        }
      }
    };
    visit(element);
    if (rows.length > 0) sink.push({ type: "table", content: rows.slice(0, 500) });
    sink.push(...captions);
  }

  figure(element: Element, sink: BlockSink, context: Context): void {
    const nestedFigure = element.childNodes.some((child) => isElement(child) && containsTag(child, "figure"));
    const images = findAll(element, "img");
    if (images.length === 0 || nestedFigure) {
      // CASE: a table, quote or gallery figure: its content in order, the caption as a paragraph.
      sink.flush();
      this.walkChildren(element, sink, context);
      sink.flush();
      return;
    }
    const figcaption = element.childNodes.find(
      (child): child is Element => isElement(child) && child.tagName === "figcaption",
    );
    const isShortcodeCaption = attribute(element, "data-wp-caption") !== null;
    const captionSource = figcaption
      ? textOf(figcaption)
      : isShortcodeCaption
        ? element.childNodes
            .filter((child) => !isElement(child) || !containsTag(child, "img"))
            .map(textOf)
            .join(" ")
        : "";
    const caption = collapseWhitespace(cleanText(captionSource));
    images.forEach((image, index) => this.image(image, sink, index === images.length - 1 ? caption : ""));
  }
}

/** Whether a post body is made of Gutenberg blocks (then newlines are not line breaks). */
export function isBlockContent(html: string): boolean {
  return html.includes("<!-- wp:");
}

/** Converts one post body; see the module comment. */
export function convertWordPressBody(html: string, options: ConvertOptions = {}): ConvertedBody {
  const converter = new Converter(options);
  const counts = { dropped: converter.dropped, unwrapped: converter.unwrapped };
  const source = expandShortcodes(cleanText(html), counts);
  const fragment = parseFragment(source);
  const mode: Mode = isBlockContent(source) ? "blocks" : "classic";
  const content = converter.blocksOf(fragment, { marks: [], mode });
  return {
    body: { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] },
    images: converter.images,
    dropped: converter.dropped,
    unwrapped: converter.unwrapped,
    uploadLinks: converter.uploadLinks,
  };
}

/** Plain text of an HTML fragment (titles, excerpts, term names): entities decoded, tags and extra space removed. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(cleanText(html));
  return collapseWhitespace(cleanText(parseFragment(html).childNodes.map(textOf).join("")));
}

/**
 * Replaces every image's URL with `resolve(src)`, or removes the image when it returns
 * null. A list item, cell or quote left without content keeps an empty paragraph (or,
 * for a quote, goes), so the body stays valid for the allowlist.
 */
export function replaceImageSources(body: ArticleBody, resolve: (src: string) => string | null): ArticleBody {
  const mapBlocks = (nodes: readonly BodyNode[]): BodyNode[] =>
    nodes.flatMap((node): BodyNode[] => {
      switch (node.type) {
        case "image": {
          const src = resolve(node.attrs.src);
          return src ? [{ ...node, attrs: { ...node.attrs, src } }] : [];
        }
        case "blockquote": {
          const content = mapBlocks(node.content);
          return content.length > 0 ? [{ ...node, content }] : [];
        }
        case "bulletList":
        case "orderedList":
          return [
            { ...node, content: node.content.map((item) => ({ ...item, content: nonEmpty(mapBlocks(item.content)) })) },
          ];
        case "table":
          return [
            {
              ...node,
              content: node.content.map((row) => ({
                ...row,
                content: row.content.map((cell) => ({ ...cell, content: nonEmpty(mapBlocks(cell.content)) })),
              })),
            },
          ];
        default:
          return [node];
      }
    });
  return { type: "doc", content: nonEmpty(mapBlocks(body.content)) };
}

function nonEmpty(blocks: BodyNode[]): BodyNode[] {
  return blocks.length > 0 ? blocks : [{ type: "paragraph" }];
}
