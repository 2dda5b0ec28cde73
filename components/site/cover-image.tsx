"use client";

import Image, { type ImageLoader } from "next/image";
import { mediaVariantUrl, pickVariantWidth } from "@/lib/media/urls";

type CoverImageProps = {
  /** Plain data from ArticleCard["cover"]: the component does not fetch. */
  cover: { id: string; alt: string; width: number; height: number; variantWidths: number[]; caption: string };
  /** How wide the image shows at each breakpoint, for the browser's pick from srcset. */
  sizes: string;
  /** The page's main image (article cover, home headline): fetched first, never lazily. */
  isPriority?: boolean;
  showCaption?: boolean;
  className?: string;
};

/**
 * An article cover from the stored WebP renditions. The loader only picks among widths
 * that exist on disk, so there is no image optimiser and no resizing at request time.
 */
export function CoverImage({ cover, sizes, isPriority = false, showCaption = true, className }: CoverImageProps) {
  const loader: ImageLoader = ({ width }) => mediaVariantUrl(cover.id, pickVariantWidth(cover.variantWidths, width));
  const caption = showCaption ? cover.caption.trim() : "";
  return (
    <figure className={className}>
      <Image
        loader={loader}
        // Only the loader builds file URLs; a src that is never a file keeps Next's "loader ignores width" check meaningful.
        src={`/media/${cover.id}`}
        alt={cover.alt}
        width={cover.width}
        height={cover.height}
        sizes={sizes}
        preload={isPriority}
        fetchPriority={isPriority ? "high" : undefined}
        className="h-auto w-full rounded bg-wash object-cover"
      />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
