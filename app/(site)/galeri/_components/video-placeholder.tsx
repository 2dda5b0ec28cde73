/**
 * What stands in for a video before the reader asks for it: drawn here, from this site, so
 * no request reaches YouTube (not even for a thumbnail from i.ytimg.com) until a click.
 */
export function VideoPlaceholder({ title }: { title: string }) {
  return (
    <span className="relative flex aspect-video w-full items-center justify-center overflow-hidden rounded bg-brand-900 text-white">
      <span
        aria-hidden="true"
        className="absolute inset-0 bg-[radial-gradient(circle_at_30%_20%,rgba(255,255,255,0.15),transparent_60%)]"
      />
      <span
        aria-hidden="true"
        className="flex size-16 items-center justify-center rounded-full bg-accent-600 text-2xl shadow-lg"
      >
        ▶
      </span>
      <span className="sr-only">{title}</span>
    </span>
  );
}
