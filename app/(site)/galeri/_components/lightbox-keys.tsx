"use client";

import { useEffect } from "react";

/**
 * Keyboard help for the gallery's lightbox, which itself is plain links and :target (it
 * works without this): Escape closes it, the arrow keys step through the photos, and the
 * opened photo takes the focus so Tab starts from its controls, and closing gives it back to
 * the photo's thumbnail.
 */
export function LightboxKeys({ count }: { count: number }) {
  useEffect(() => {
    const current = () => {
      const match = /^#foto-(\d+)$/.exec(window.location.hash);
      return match ? Number(match[1]) : null;
    };
    const focusOpened = () => {
      const index = current();
      if (index !== null) document.getElementById(`foto-${index}`)?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      const index = current();
      if (index === null) return;
      if (event.key === "Escape") {
        // Back to the photo's thumbnail, as the lightbox's own close link does.
        window.location.hash = `kecil-${index}`;
        document.getElementById(`kecil-${index}`)?.focus();
      } else if (event.key === "ArrowRight" && index < count) window.location.hash = `foto-${index + 1}`;
      else if (event.key === "ArrowLeft" && index > 1) window.location.hash = `foto-${index - 1}`;
    };
    focusOpened();
    window.addEventListener("hashchange", focusOpened);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("hashchange", focusOpened);
      window.removeEventListener("keydown", onKey);
    };
  }, [count]);
  return null;
}
