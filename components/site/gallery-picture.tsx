import type { GalleryImage } from "@/lib/gallery/queries";
import { mediaVariantUrl, pickVariantWidth } from "@/lib/media/urls";

type GalleryPictureProps = {
  image: GalleryImage;
  /** How wide the image shows at each breakpoint, for the browser's pick from srcset. */
  sizes: string;
  alt?: string;
  className?: string;
};

/**
 * A stored image as a plain <img> with a srcset of its WebP renditions: no client code,
 * lazily loaded, so a hidden lightbox photo costs nothing until it is shown.
 */
export function GalleryPicture({ image, sizes, alt, className }: GalleryPictureProps) {
  const widths = [...image.variantWidths].sort((a, b) => a - b);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- stored renditions, no optimiser (see CoverImage)
    <img
      src={mediaVariantUrl(image.id, pickVariantWidth(widths, 960))}
      srcSet={widths.map((width) => `${mediaVariantUrl(image.id, width)} ${width}w`).join(", ")}
      sizes={sizes}
      alt={alt ?? image.alt}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
      className={className}
    />
  );
}
