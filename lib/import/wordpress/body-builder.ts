import type { BodyNode, InlineNode, Mark } from "@/lib/articles/body";
import type { TextAlign } from "./html-elements";

/**
 * Building the body while the HTML is walked: inline content gathers into a paragraph
 * until a block starts, with white space and line breaks settled the way a browser (and,
 * for classic posts, WordPress's wpautop) would. Pure module.
 */

export type Paragraph = Extract<BodyNode, { type: "paragraph" }>;

const MAX_TEXT = 20_000;

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

export function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  // One link at a time (the innermost wins); any other mark only once.
  return [...marks.filter((existing) => existing.type !== mark.type), mark];
}

/** Inline content of the paragraph being built. */
export class InlineBuffer {
  private nodes: InlineNode[] = [];
  // The last break when it came from a newline in classic content rather than from <br>.
  private newlineBreak: InlineNode | null = null;

  addText(text: string, marks: readonly Mark[]): void {
    if (text.length === 0) return;
    const last = this.nodes.at(-1);
    if (last?.type === "text" && sameMarks(last.marks, marks)) {
      this.nodes[this.nodes.length - 1] = { ...last, text: last.text + text };
      return;
    }
    this.nodes.push(marks.length > 0 ? { type: "text", text, marks: [...marks] } : { type: "text", text });
  }

  addBreak(): void {
    this.nodes.push({ type: "hardBreak" });
  }

  /**
   * A line break in classic content, as wpautop treats them: a newline beside a <br> is
   * the same break, and two <br> in a row (with only white space between) end the
   * paragraph. Returns true when the caller should start a new paragraph.
   */
  addClassicBreak(kind: "br" | "newline"): boolean {
    let end = this.nodes.length;
    while (end > 0) {
      const node = this.nodes[end - 1];
      if (node?.type !== "text" || node.text.trim() !== "") break;
      end--;
    }
    const previous = this.nodes[end - 1];
    if (previous?.type === "hardBreak") {
      if (kind === "newline") return false;
      if (previous === this.newlineBreak) {
        this.newlineBreak = null;
        return false;
      }
      this.nodes.length = end - 1;
      return true;
    }
    const node: InlineNode = { type: "hardBreak" };
    this.nodes.push(node);
    this.newlineBreak = kind === "newline" ? node : null;
    return false;
  }

  /** The finished content (trimmed, single spaces, long text split), or null when it holds no text. */
  take(): InlineNode[] | null {
    const nodes = this.nodes;
    this.nodes = [];
    const result: InlineNode[] = [];
    let atLineStart = true;
    for (const node of nodes) {
      if (node.type === "hardBreak") {
        const previous = result.at(-1);
        if (previous?.type === "text") result[result.length - 1] = { ...previous, text: previous.text.trimEnd() };
        result.push(node);
        atLineStart = true;
        continue;
      }
      let text = node.text;
      if (atLineStart) text = text.trimStart();
      else if (text.startsWith(" ")) {
        const previous = result.at(-1);
        if (previous?.type === "text" && previous.text.endsWith(" ")) text = text.trimStart();
      }
      if (text.length === 0) continue;
      result.push({ ...node, text });
      atLineStart = false;
    }
    while (result.length > 0) {
      const last = result.at(-1);
      if (last?.type === "hardBreak") result.pop();
      else if (last?.type === "text" && last.text.trimEnd() !== last.text) {
        const trimmed = last.text.trimEnd();
        if (trimmed) result[result.length - 1] = { ...last, text: trimmed };
        else result.pop();
      } else break;
    }
    while (result[0]?.type === "hardBreak") result.shift();
    const cleaned = result.filter((node) => node.type !== "text" || node.text.length > 0);
    if (!cleaned.some((node) => node.type === "text" && node.text.trim().length > 0)) return null;
    return cleaned.flatMap((node) => (node.type === "text" && node.text.length > MAX_TEXT ? splitText(node) : [node]));
  }
}

function splitText(node: Extract<InlineNode, { type: "text" }>): InlineNode[] {
  const parts: InlineNode[] = [];
  for (let start = 0; start < node.text.length; start += MAX_TEXT) {
    parts.push({ ...node, text: node.text.slice(start, start + MAX_TEXT) });
  }
  return parts;
}

/** Collects blocks; inline content accumulates into a paragraph until a block boundary. */
export class BlockSink {
  readonly blocks: BodyNode[] = [];
  readonly inline = new InlineBuffer();
  align: TextAlign | null = null;

  flush(): void {
    const content = this.inline.take();
    if (!content) return;
    const paragraph: Paragraph = { type: "paragraph", content };
    if (this.align) paragraph.attrs = { textAlign: this.align };
    this.blocks.push(paragraph);
  }

  push(...nodes: BodyNode[]): void {
    this.flush();
    this.blocks.push(...nodes);
  }

  finish(): BodyNode[] {
    this.flush();
    return this.blocks;
  }
}
