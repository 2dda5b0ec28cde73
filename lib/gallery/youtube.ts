/**
 * YouTube addresses. Editors paste whatever they copied (a watch link, youtu.be, an embed or
 * Shorts link, or the bare id); the portal keeps only the 11-character id and builds every
 * address from it, so no pasted URL is ever put in a page. Pure module.
 */

const ID = /^[A-Za-z0-9_-]{11}$/;

/** The video id in a YouTube address (or a bare id), or null. */
export function parseYouTubeId(input: string): string | null {
  const value = input.trim();
  if (ID.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  let candidate: string | null = null;
  if (host === "youtu.be") candidate = url.pathname.slice(1).split("/")[0] ?? null;
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const [first, second] = url.pathname.split("/").slice(1);
    if (first === "watch") candidate = url.searchParams.get("v");
    else if (first === "embed" || first === "shorts" || first === "live") candidate = second ?? null;
  }
  return candidate && ID.test(candidate) ? candidate : null;
}

/** The privacy-enhanced player: no YouTube cookie until the reader plays the video. */
export function youTubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
}

/** The video on YouTube itself, for readers without JavaScript. */
export function youTubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}
