import { mediaVariantUrl } from "@/lib/media/urls";

type CoverImageProps = {
  /** Plain data from ArticleCard["cover"]: the component does not fetch. */
  cover: { id: string; alt: string; width: number; height: number; variantWidths: number[]; caption: string };
  /** How wide the image shows at each breakpoint, for the browser's pick from srcset. */
  sizes: string;
  /**
   * The page's main image (the article's cover, the front page's headline): fetched first
   * (fetchpriority="high"), never lazily. One per page at most; every other image waits
   * until it is near the screen.
   */
  isPriority?: boolean;
  showCaption?: boolean;
  className?: string;
};

/**
 * An article cover from the stored WebP renditions (lib/media/images.ts VARIANT_WIDTHS):
 * a srcset of the widths that exist, so a 390 px phone at 2× takes the 780 px file and
 * nothing larger. A plain <img>, no client code: width and height give the box its
 * proportions before the file arrives, so nothing shifts when it does.
 */
export function CoverImage({ cover, sizes, isPriority = false, showCaption = true, className }: CoverImageProps) {
  const widths = [...cover.variantWidths].sort((a, b) => a - b);
  const srcSet = widths.map((width) => `${mediaVariantUrl(cover.id, width)} ${width}w`).join(", ");
  // The fallback for browsers without srcset: the phone-sized file.
  const fallback = widths.find((width) => width >= 480) ?? widths.at(-1) ?? 480;
  const caption = showCaption ? cover.caption.trim() : "";
  return (
    <figure className={className}>
      {/* eslint-disable-next-line @next/next/no-img-element -- stored renditions, no optimiser: see above */}
      <img
        src={mediaVariantUrl(cover.id, fallback)}
        srcSet={srcSet}
        sizes={sizes}
        alt={cover.alt}
        width={cover.width}
        height={cover.height}
        loading={isPriority ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={isPriority ? "high" : undefined}
        className="h-auto w-full rounded bg-wash object-cover"
      />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
