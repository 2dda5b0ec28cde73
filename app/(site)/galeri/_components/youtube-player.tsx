import { youTubeEmbedUrl, youTubeWatchUrl } from "@/lib/gallery/youtube";
import { VideoPlaceholder } from "./video-placeholder";

/**
 * Click to load: until the reader presses play, the page makes no request to YouTube. Then
 * public/site.js puts the privacy-enhanced player (youtube-nocookie.com) in the
 * placeholder's place. Without JavaScript the placeholder is a plain link to the video on
 * YouTube.
 */
export function YouTubePlayer({ videoId, title }: { videoId: string; title: string }) {
  return (
    <div data-youtube-player data-embed-url={youTubeEmbedUrl(videoId)} data-title={`Video: ${title}`}>
      <a
        href={youTubeWatchUrl(videoId)}
        data-youtube-play
        className="block rounded focus-visible:outline-4 focus-visible:outline-accent-600"
        aria-label={`Putar video: ${title}`}
      >
        <VideoPlaceholder title={title} />
      </a>
      <p className="mt-2 text-sm text-muted">
        Video diputar dari YouTube (mode privasi) setelah Anda menekan tombol putar.
      </p>
    </div>
  );
}
