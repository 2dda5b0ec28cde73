"use client";

import { useState } from "react";
import { youTubeEmbedUrl, youTubeWatchUrl } from "@/lib/gallery/youtube";
import { VideoPlaceholder } from "./video-placeholder";

/**
 * Click to load: until the reader presses play, the page makes no request to YouTube. Then
 * the privacy-enhanced player (youtube-nocookie.com) takes the placeholder's place. Without
 * JavaScript the placeholder is a plain link to the video on YouTube.
 */
export function YouTubePlayer({ videoId, title }: { videoId: string; title: string }) {
  const [isPlaying, setIsPlaying] = useState(false);
  if (isPlaying) {
    return (
      <iframe
        src={youTubeEmbedUrl(videoId)}
        title={`Video: ${title}`}
        className="aspect-video w-full rounded"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
        allowFullScreen
      />
    );
  }
  return (
    <div>
      <a
        href={youTubeWatchUrl(videoId)}
        onClick={(event) => {
          event.preventDefault();
          setIsPlaying(true);
        }}
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
