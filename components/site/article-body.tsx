import type { ReactNode } from "react";
import type { ArticleBody, BodyNode, InlineNode, Mark } from "@/lib/articles/body";
import { isSafeImageSrc, photoCredit, resolveBodyLink } from "@/lib/articles/body";
import { site } from "@/lib/site";

/**
 * Renders a stored ProseMirror body as React elements. The only place a body becomes
 * markup; it builds elements from the allowlisted node types, so no HTML string from
 * the database is ever injected. Links and images are re-checked here as a second line:
 * every link is resolved against the site's address as a browser would resolve it, so
 * what looks local but leads elsewhere is shown as the external link it is, and every
 * external link is marked as the writer's, not the portal's (rel nofollow ugc).
 */

type ArticleBodyProps = {
  body: ArticleBody;
  /** "Samarinda": printed in bold before the first paragraph, "Samarinda –". */
  dateline?: string;
  /** "(Prb/ty)": closes the last paragraph. */
  signOff?: string;
};

function applyMark(mark: Mark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong key={key}>{child}</strong>;
    case "italic":
      return <em key={key}>{child}</em>;
    case "underline":
      return <u key={key}>{child}</u>;
    case "strike":
      return <s key={key}>{child}</s>;
    case "subscript":
      return <sub key={key}>{child}</sub>;
    case "superscript":
      return <sup key={key}>{child}</sup>;
    case "link": {
      const link = resolveBodyLink(mark.attrs.href, site.url);
      if (!link) return child;
      return (
        <a
          key={key}
          href={link.href}
          className="text-brand-700 underline underline-offset-2 hover:text-accent-600"
          {...(link.isExternal ? { rel: "noopener noreferrer nofollow ugc", target: "_blank" } : {})}
        >
          {child}
        </a>
      );
    }
  }
}

function renderInline(nodes: readonly InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === "hardBreak") return <br key={index} />;
    return (node.marks ?? []).reduce<ReactNode>((child, mark) => applyMark(mark, child, index), node.text);
  });
}

function renderBlock(node: BodyNode, key: number, prefix?: ReactNode, suffix?: ReactNode): ReactNode {
  switch (node.type) {
    case "paragraph":
      return (
        <p key={key} style={node.attrs?.textAlign ? { textAlign: node.attrs.textAlign } : undefined}>
          {prefix}
          {renderInline(node.content)}
          {suffix}
        </p>
      );
    case "heading": {
      const Tag = (["h2", "h3", "h4"] as const)[node.attrs.level - 2] ?? "h2";
      return (
        <Tag key={key} className="font-serif font-bold text-ink">
          {renderInline(node.content)}
        </Tag>
      );
    }
    case "image": {
      if (!isSafeImageSrc(node.attrs.src)) return null;
      const credit = photoCredit(node.attrs.credit);
      return (
        <figure key={key}>
          {/* Inline body images keep their own proportions (no stored size in the document), so
              a fixed width and height do not fit; the cover image (cover-image.tsx) has both. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={node.attrs.src} alt={node.attrs.alt} loading="lazy" className="h-auto w-full rounded" />
          {node.attrs.title || credit ? (
            <figcaption className="mt-1 text-sm text-muted">
              {node.attrs.title}
              {node.attrs.title && credit ? " " : null}
              {credit ? <span className="font-semibold">{credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      );
    }
    case "horizontalRule":
      return <hr key={key} />;
    case "blockquote":
      return (
        <blockquote key={key} className="border-l-4 border-brand-600 pl-4 italic">
          {node.content.map((child, index) => renderBlock(child, index))}
        </blockquote>
      );
    case "bulletList":
      return (
        <ul key={key} className="list-disc pl-6">
          {node.content.map((item, index) => (
            <li key={index}>{item.content.map((child, childIndex) => renderBlock(child, childIndex))}</li>
          ))}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} className="list-decimal pl-6" start={node.attrs?.start ?? undefined}>
          {node.content.map((item, index) => (
            <li key={index}>{item.content.map((child, childIndex) => renderBlock(child, childIndex))}</li>
          ))}
        </ol>
      );
    case "table":
      return (
        <div key={key} className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <tbody>
              {node.content.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.content.map((cell, cellIndex) => {
                    const Cell = cell.type === "tableHeader" ? "th" : "td";
                    return (
                      <Cell
                        key={cellIndex}
                        colSpan={cell.attrs?.colspan}
                        rowSpan={cell.attrs?.rowspan}
                        className="border border-line px-2 py-1 text-left align-top"
                      >
                        {cell.content.map((child, childIndex) => renderBlock(child, childIndex))}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function ArticleBodyView({ body, dateline, signOff }: ArticleBodyProps) {
  const blocks = body.content;
  const firstParagraph = blocks.findIndex((node) => node.type === "paragraph");
  const lastParagraph = blocks.findLastIndex((node) => node.type === "paragraph");
  const datelinePrefix = dateline ? <strong>{dateline} – </strong> : null;
  const signOffSuffix = signOff ? <> {signOff}</> : null;

  return (
    <div className="article-body space-y-5 font-serif text-lg leading-relaxed [&_h2]:text-2xl [&_h3]:text-xl [&_h4]:text-lg">
      {blocks.map((node, index) =>
        renderBlock(
          node,
          index,
          index === firstParagraph ? datelinePrefix : undefined,
          index === lastParagraph ? signOffSuffix : undefined,
        ),
      )}
      {lastParagraph === -1 && signOff ? <p>{signOff}</p> : null}
    </div>
  );
}
