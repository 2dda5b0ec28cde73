"use client";

import { useEffect } from "react";

type PrerenderingDocument = Document & { prerendering?: boolean };

/**
 * Tells the server that a person is looking at this article: once per mount, only when
 * the page is visible (not in a background tab, not while the browser prerenders it).
 * No cookies, no third parties; renders nothing. Repeats are de-duplicated server-side.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    let isSent = false;
    const stopListening = () => {
      document.removeEventListener("visibilitychange", send);
      document.removeEventListener("prerenderingchange", send);
    };
    function send() {
      if (isSent || document.visibilityState !== "visible" || (document as PrerenderingDocument).prerendering) return;
      isSent = true;
      stopListening();
      const body = JSON.stringify({ slug });
      let isQueued = false;
      try {
        isQueued = navigator.sendBeacon("/api/views", new Blob([body], { type: "application/json" }));
      } catch {
        // Some browsers refuse a JSON blob in sendBeacon; the fetch below does the same job.
      }
      if (!isQueued) {
        void fetch("/api/views", {
          method: "POST",
          body,
          headers: { "Content-Type": "application/json" },
          keepalive: true,
          credentials: "omit",
        }).catch(() => {
          // A lost view is not worth bothering the reader about.
        });
      }
    }
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
    send();
    return stopListening;
  }, [slug]);
  return null;
}
