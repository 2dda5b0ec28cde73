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
