/**
 * Paragraph-level differences between two versions of an article body, for the editor's
 * "what changed since review" view. Works on lines of `bodyToPlainText` (one block per
 * line) with a longest-common-subsequence table. Pure module.
 */

export type DiffBlock = { kind: "added" | "removed" | "unchanged"; text: string };

/** Blocks of `after` against `before`, in reading order; removals come before the additions that replace them. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffBlock[] {
  const rows = before.length;
  const cols = after.length;
  // lcs[i][j] = length of the LCS of before[i..] and after[j..]
  const lcs: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = cols - 1; j >= 0; j--) {
      row[j] = before[i] === after[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const blocks: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (before[i] === after[j]) {
      blocks.push({ kind: "unchanged", text: before[i] as string });
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      blocks.push({ kind: "removed", text: before[i] as string });
      i++;
    } else {
      blocks.push({ kind: "added", text: after[j] as string });
      j++;
    }
  }
  for (; i < rows; i++) blocks.push({ kind: "removed", text: before[i] as string });
  for (; j < cols; j++) blocks.push({ kind: "added", text: after[j] as string });
  return blocks;
}

/** Diff of two plain-text bodies (one block per line); empty lines are ignored. */
export function diffPlainText(before: string, after: string): DiffBlock[] {
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  return diffLines(lines(before), lines(after));
}

export function hasChanges(blocks: readonly DiffBlock[]): boolean {
  return blocks.some((block) => block.kind !== "unchanged");
}

/** A paragraph of the body diff: kept, added or removed whole, or rewritten (`parts`: its words). */
export type BodyDiffBlock = DiffBlock | { kind: "changed"; parts: DiffBlock[] };

/** Beyond this many word pairs a rewrite is shown as old and new paragraph, not word by word. */
const WORD_DIFF_LIMIT = 250_000;

/**
 * Word-level difference of one paragraph rewritten: runs of unchanged, removed and added
 * text (white space included), so a reviewer sees the two words that changed rather than
 * the whole paragraph twice.
 */
export function diffWords(before: string, after: string): DiffBlock[] {
  const tokens = (text: string) => text.split(/(\s+)/).filter((token) => token.length > 0);
  const from = tokens(before);
  const to = tokens(after);
  if (from.length * to.length > WORD_DIFF_LIMIT) {
    return [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ];
  }
  const runs: DiffBlock[] = [];
  for (const block of diffLines(from, to)) {
    const last = runs.at(-1);
    if (last && last.kind === block.kind) last.text += block.text;
    else runs.push({ ...block });
  }
  return runs;
}

/**
 * Paragraph blocks with rewritten paragraphs shown word by word: in a run of removals and the
 * run of additions after it (diffLines puts removals first), the n-th removed and n-th added
 * paragraph are one rewrite when they still share words; the rest stay whole.
 */
export function pairRewrites(blocks: readonly DiffBlock[]): BodyDiffBlock[] {
  const paired: BodyDiffBlock[] = [];
  let index = 0;
  while (index < blocks.length) {
    const removed: DiffBlock[] = [];
    while (blocks[index]?.kind === "removed") removed.push(blocks[index++] as DiffBlock);
    const added: DiffBlock[] = [];
    while (removed.length > 0 && blocks[index]?.kind === "added") added.push(blocks[index++] as DiffBlock);
    if (removed.length === 0) {
      paired.push(blocks[index++] as DiffBlock);
      continue;
    }
    const leftovers: DiffBlock[] = [];
    removed.forEach((block, n) => {
      const partner = added[n];
      const parts = partner ? diffWords(block.text, partner.text) : [];
      if (partner && parts.some((part) => part.kind === "unchanged" && part.text.trim() !== "")) {
        paired.push({ kind: "changed", parts });
      } else {
        paired.push(block);
        if (partner) leftovers.push(partner);
      }
    });
    paired.push(...leftovers, ...added.slice(removed.length));
  }
  return paired;
}
