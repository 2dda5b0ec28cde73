import type { BodyNode, InlineNode } from "@/lib/articles/body";

/**
 * Shapes and small builders for the demo content. The content modules stay readable
 * prose; these helpers turn it into the ProseMirror nodes lib/articles/body allows.
 */

export type DemoCategorySlug =
  | "pemerintahan"
  | "ekonomi"
  | "kesehatan"
  | "pendidikan"
  | "infrastruktur"
  | "sosial-budaya"
  | "lingkungan"
  | "olahraga"
  | "pariwisata"
  | "keamanan-ketertiban";

/** When and how far an article got. Days count calendar days in the portal's time zone. */
export type DemoTiming =
  | {
      status: "PUBLISHED";
      /** Calendar days before the seed run; 0 is today (clamped so it is never in the future). */
      daysAgo: number;
      /** Local publishing time, "HH.MM" as the newsroom writes it. */
      at: string;
      /** All-time views, spread over the days since publication. */
      views: number;
      editor: string;
    }
  | {
      status: "ARCHIVED";
      daysAgo: number;
      at: string;
      views: number;
      editor: string;
      /** Days after publication when it was taken down; views stop then. */
      archivedAfterDays: number;
    }
  | {
      status: "SCHEDULED";
      /** Calendar days after the seed run. */
      daysAhead: number;
      at: string;
      editor: string;
    }
  | {
      status: "DRAFT" | "IN_REVIEW";
      /** When the writer started it. */
      daysAgo: number;
      at: string;
      /** Set when an editor returned the article to its writer. */
      reviewNote?: string;
      editor?: string;
    };

export interface DemoArticle {
  title: string;
  category: DemoCategorySlug;
  /** Username of the writer. */
  writer: string;
  dateline: string;
  excerpt: string;
  /** Tag slugs. */
  tags: readonly string[];
  body: readonly BodyNode[];
  timing: DemoTiming;
}

function text(value: string): InlineNode[] {
  return [{ type: "text", text: value }];
}

/** A paragraph. */
export function p(value: string): BodyNode {
  return { type: "paragraph", content: text(value) };
}

/** A subheading (level 2, the first level inside an article). */
export function h(value: string): BodyNode {
  return { type: "heading", attrs: { level: 2 }, content: text(value) };
}

/** A bulleted list of plain items. */
export function ul(items: readonly string[]): BodyNode {
  return { type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [p(item)] })) };
}

/** A numbered list of plain items. */
export function ol(items: readonly string[]): BodyNode {
  return {
    type: "orderedList",
    attrs: { start: 1 },
    content: items.map((item) => ({ type: "listItem", content: [p(item)] })),
  };
}

/** A pull quote; the attribution goes on its own line, in italics. */
export function quote(value: string, attribution?: string): BodyNode {
  const content: BodyNode[] = [p(value)];
  if (attribution) {
    content.push({ type: "paragraph", content: [{ type: "text", text: attribution, marks: [{ type: "italic" }] }] });
  }
  return { type: "blockquote", content };
}
