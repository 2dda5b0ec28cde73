"use client";

import { useEffect } from "react";
import { formatViews } from "@/lib/format";
import type { ViewBeaconReply } from "@/lib/views/schema";

type PrerenderingDocument = Document & { prerendering?: boolean };

/** The element showing "644 kali dilihat" on the article page; the beacon's answer replaces its text. */
export const VIEW_COUNT_SELECTOR = "[data-view-count]";

function isReply(value: unknown): value is ViewBeaconReply {
  const reply = value as Partial<ViewBeaconReply> | null;
  return typeof reply?.counted === "boolean" && typeof reply.views === "number" && Number.isFinite(reply.views);
}

/**
 * Tells the server that a person is looking at this article: once per mount, only when
 * the page is visible (not in a background tab, not while the browser prerenders it),
 * with the page's view token (lib/views/token). The answer carries the article's fresh
 * total, which replaces the count the cached page was rendered with. No cookies, no third
 * parties, nothing rendered. Repeats are de-duplicated server-side.
 */
export function ViewBeaconIsland({ slug, token }: { slug: string; token: string }) {
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
      // fetch rather than sendBeacon: the answer is read. keepalive lets it finish if the
      // reader leaves at once.
      fetch("/api/views", {
        method: "POST",
        body: JSON.stringify({ slug, token }),
        headers: { "Content-Type": "application/json" },
        keepalive: true,
        credentials: "omit",
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((reply: unknown) => {
          if (!isReply(reply)) return;
          const count = document.querySelector(VIEW_COUNT_SELECTOR);
          if (count) count.textContent = formatViews(reply.views);
        })
        .catch(() => {
          // A lost view is not worth bothering the reader about.
        });
    }
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
    send();
    return stopListening;
  }, [slug, token]);
  return null;
}
