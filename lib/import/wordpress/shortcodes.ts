/**
 * WordPress shortcodes (`[caption]…[/caption]`, `[gallery ids="1,2"]`, page-builder
 * wrappers such as `[vc_row]`) are not HTML: WordPress expands them with its own
 * bracket syntax before the HTML exists, and so does this module, before the body is
 * parsed. Captions become figures, page-builder wrappers give up their content, and
 * everything that needs the old site's plugins (galleries, embeds, forms, sliders) is
 * dropped and counted. Brackets that only look like shortcodes ("[Foto: Humas]",
 * "[1]") are left alone. Pure module.
 */

export type ShortcodeCounts = { dropped: Record<string, number>; unwrapped: Record<string, number> };

/** Shortcodes whose output only the old site's plugins could produce: dropped with their content. */
const DROPPED = new Set([
  "3d-flip-book",
  "audio",
  "contact-form",
  "contact-form-7",
  "dflip",
  "embed",
  "envira-gallery",
  "foogallery",
  "gallery",
  "googlemap",
  "googlemaps",
  "gravityform",
  "iframe",
  "instagram-feed",
  "custom-facebook-feed",
  "metaslider",
  "ngg",
  "ngg_images",
  "nggallery",
  "ninja_form",
  "pdf-embedder",
  "playlist",
  "real3dflipbook",
  "rev_slider",
  "slideshow",
  "smartslider3",
  "tweet",
  "video",
  "vimeo",
  "wpdm_package",
  "wpforms",
  "youtube",
]);

const CAPTIONS = new Set(["caption", "wp_caption"]);

/** Layout shortcodes of common page builders and themes: the tags go, their content stays. */
const WRAPPER_PREFIXES = ["vc_", "et_pb_", "fusion_", "su_", "av_", "td_", "tdc_", "cs_", "ux_", "themify_"];
const WRAPPERS = new Set([
  "row",
  "column",
  "columns",
  "col",
  "one_half",
  "one_third",
  "two_third",
  "one_fourth",
  "three_fourth",
  "section",
  "box",
  "tab",
  "tabs",
  "accordion",
  "toggle",
]);

type Token =
  | { kind: "text"; text: string }
  | { kind: "tag"; name: string; isClosing: boolean; isSelfClosing: boolean; attributes: string; raw: string };

const TAG = /\[(\/)?([A-Za-z][A-Za-z0-9_-]*)((?:\s+[^\][]*?)?)\s*(\/)?\]/g;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const index = match.index;
    if (index > last) tokens.push({ kind: "text", text: source.slice(last, index) });
    tokens.push({
      kind: "tag",
      name: (match[2] ?? "").toLowerCase(),
      isClosing: match[1] === "/",
      isSelfClosing: match[4] === "/",
      attributes: match[3] ?? "",
      raw: match[0],
    });
    last = index + match[0].length;
  }
  if (last < source.length) tokens.push({ kind: "text", text: source.slice(last) });
  return tokens;
}

function isKnown(name: string): boolean {
  return (
    DROPPED.has(name) ||
    CAPTIONS.has(name) ||
    WRAPPERS.has(name) ||
    WRAPPER_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

/** A bracket that is most likely a shortcode of a plugin we do not know: `[foo_bar]`, `[foo id="1"]`. */
function looksLikeShortcode(token: Extract<Token, { kind: "tag" }>): boolean {
  return /[_-]/.test(token.name) || /=/.test(token.attributes);
}

/** Index of the tag closing tokens[open], counting nested tags of the same name; -1 when there is none. */
function findClosing(tokens: readonly Token[], open: number, name: string): number {
  let depth = 0;
  for (let index = open + 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind !== "tag" || token.name !== name || token.isSelfClosing) continue;
    if (!token.isClosing) depth++;
    else if (depth === 0) return index;
    else depth--;
  }
  return -1;
}

function count(counter: Record<string, number>, key: string): void {
  counter[key] = (counter[key] ?? 0) + 1;
}

/** Escapes markup in an attribute value; entities in it ("&amp;") stay, to be decoded once by the HTML parser. */
function escapeMarkup(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attributeValue(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/**
 * Expands the shortcodes of a post body into plain HTML and counts what it had to drop.
 * A caption becomes `<figure data-wp-caption>` around the image, with the caption text
 * inside (the body converter takes the figure's text as the image caption).
 */
export function expandShortcodes(source: string, counts: ShortcodeCounts): string {
  if (!source.includes("[")) return source;
  const tokens = tokenize(source);
  const output: string[] = [];
  // Closing tags already accounted for by the opening tag that found them.
  const consumed = new Set<number>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    if (token.kind === "text") {
      output.push(token.text);
      continue;
    }
    if (consumed.has(index)) {
      output.push(token.name && CAPTIONS.has(token.name) ? "</figure>" : "");
      continue;
    }
    if (!isKnown(token.name) && !looksLikeShortcode(token)) {
      output.push(token.raw);
      continue;
    }
    const closing = token.isClosing || token.isSelfClosing ? -1 : findClosing(tokens, index, token.name);
    if (token.isClosing) {
      // CASE: a stray closing tag; nothing to keep.
      count(counts.dropped, `shortcode:${token.name}`);
      continue;
    }
    if (CAPTIONS.has(token.name) && closing !== -1) {
      const captionAttribute = attributeValue(token.attributes, "caption");
      output.push(
        captionAttribute !== null
          ? `<figure data-wp-caption><figcaption>${escapeMarkup(captionAttribute)}</figcaption>`
          : "<figure data-wp-caption>",
      );
      consumed.add(closing);
      continue;
    }
    if (DROPPED.has(token.name) || closing === -1) {
      // CASE: plugin output, or a tag with no content of its own: drop the tag and its content.
      count(counts.dropped, `shortcode:${token.name}`);
      if (closing !== -1) index = closing;
      continue;
    }
    // CASE: a layout wrapper: keep what it wraps.
    count(counts.unwrapped, `shortcode:${token.name}`);
    consumed.add(closing);
  }
  return output.join("");
}
