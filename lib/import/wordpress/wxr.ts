import sax from "sax";
import { createExportDecoder, sniffEncoding, type ExportDecoder } from "./decode";
import { cleanText } from "./text";

/**
 * Streaming reader for WordPress eXtended RSS (WXR 1.0–1.2, Tools → Export). The file
 * goes through a SAX parser chunk by chunk and items are handed out one at a time, so
 * memory stays flat whatever the size of the archive. The parser runs in sax's lenient
 * mode: exports routinely contain HTML entities (`&nbsp;`) and control characters that a
 * strict XML parser would stop at. Comments on posts are skipped without being kept.
 */

export type WxrAuthor = {
  id: number | null;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
};

export type WxrTerm = {
  termId: number | null;
  slug: string;
  name: string;
  parentSlug: string;
  description: string;
};

export type WxrChannel = {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  wxrVersion: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
};

export type WxrItemTerm = { domain: string; slug: string; name: string };

export type WxrItem = {
  postId: number | null;
  postType: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  creator: string;
  content: string;
  excerpt: string;
  postName: string;
  /** "2022-10-11 17:50:00", the site's local time. */
  postDate: string;
  /** "2022-10-11 09:50:00" in UTC, or "0000-00-00 00:00:00" for posts never given one. */
  postDateGmt: string;
  postPassword: string;
  postParent: number | null;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** Post meta; a key that occurs twice keeps its first value. */
  meta: Map<string, string>;
};

/** What the reader noticed about the file itself, for the import report. */
export type WxrFileNotes = {
  encoding: string;
  unknownEncoding: string | null;
  invalidBytes: number;
  parseErrors: number;
  /** False when the file ends before `</rss>` (a cut-off download or upload). */
  isComplete: boolean;
};

function emptyChannel(): WxrChannel {
  return {
    title: "",
    link: "",
    baseSiteUrl: "",
    baseBlogUrl: "",
    wxrVersion: "",
    authors: [],
    categories: [],
    tags: [],
  };
}

function emptyItem(): WxrItem {
  return {
    postId: null,
    postType: "",
    status: "",
    title: "",
    link: "",
    guid: "",
    pubDate: "",
    creator: "",
    content: "",
    excerpt: "",
    postName: "",
    postDate: "",
    postDateGmt: "",
    postPassword: "",
    postParent: null,
    attachmentUrl: "",
    terms: [],
    meta: new Map(),
  };
}

function toId(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const id = Number(trimmed);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}

type ItemTextField = Exclude<keyof WxrItem, "postId" | "postParent" | "terms" | "meta">;

const ITEM_FIELDS: Record<string, ItemTextField> = {
  title: "title",
  link: "link",
  guid: "guid",
  pubdate: "pubDate",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_name": "postName",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:status": "status",
  "wp:post_type": "postType",
  "wp:post_password": "postPassword",
  "wp:attachment_url": "attachmentUrl",
};

/**
 * Reads one export. Iterate `items(source)` once; `channel` and `notes` are complete
 * when the iteration ends (the channel's authors and terms precede the items in files
 * WordPress writes, so they are usually complete before the first item too).
 */
export class WxrReader {
  readonly channel: WxrChannel = emptyChannel();
  readonly notes: WxrFileNotes = {
    encoding: "utf-8",
    unknownEncoding: null,
    invalidBytes: 0,
    parseErrors: 0,
    isComplete: false,
  };

  async *items(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<WxrItem> {
    const ready: WxrItem[] = [];
    const parser = this.createParser(ready);
    let decoder: ExportDecoder | null = null;
    for await (const chunk of source) {
      if (typeof chunk === "string") {
        parser.write(chunk);
      } else {
        decoder ??= createExportDecoder(sniffEncoding(chunk));
        parser.write(decoder.decode(chunk));
      }
      yield* ready.splice(0);
    }
    if (decoder) {
      parser.write(decoder.end());
      this.notes.encoding = decoder.encoding;
      this.notes.unknownEncoding = decoder.unknownEncoding;
      this.notes.invalidBytes = decoder.invalidBytes;
    }
    parser.close();
    yield* ready.splice(0);
  }

  private createParser(ready: WxrItem[]): sax.SAXParser {
    const parser = sax.parser(false, { lowercase: true, trim: false, normalize: false, position: false });
    const stack: string[] = [];
    let text = "";
    let item: WxrItem | null = null;
    let term: { domain: string; slug: string } | null = null;
    let meta: { key: string; value: string } | null = null;
    let author: WxrAuthor | null = null;
    let channelTerm: (WxrTerm & { taxonomy: string }) | null = null;
    // Inside <wp:comment>: readers' comments are not imported, and can be most of a file.
    let commentDepth = 0;

    parser.onerror = () => {
      this.notes.parseErrors++;
      // Lenient mode reports what it repaired; resume() clears the error and carries on.
      parser.resume();
    };
    parser.onopentag = (tag) => {
      const name = tag.name;
      const parent = stack.at(-1);
      stack.push(name);
      text = "";
      if (commentDepth > 0 || name === "wp:comment") {
        commentDepth++;
        return;
      }
      if (name === "item") item = emptyItem();
      else if (item && name === "category" && parent === "item") {
        const attributes = tag.attributes as Record<string, string>;
        term = { domain: attributes.domain ?? "category", slug: attributes.nicename ?? "" };
      } else if (item && name === "wp:postmeta") meta = { key: "", value: "" };
      else if (!item && name === "wp:author") {
        author = { id: null, login: "", email: "", displayName: "", firstName: "", lastName: "" };
      } else if (!item && (name === "wp:category" || name === "wp:tag" || name === "wp:term")) {
        channelTerm = {
          termId: null,
          slug: "",
          name: "",
          parentSlug: "",
          description: "",
          taxonomy: name === "wp:tag" ? "post_tag" : name === "wp:category" ? "category" : "",
        };
      }
    };
    const onText = (value: string) => {
      if (commentDepth === 0) text += value;
    };
    parser.ontext = onText;
    parser.oncdata = onText;
    parser.onclosetag = (name) => {
      stack.pop();
      const parent = stack.at(-1);
      const value = cleanText(text);
      text = "";
      if (commentDepth > 0) {
        commentDepth--;
        return;
      }
      if (name === "rss") {
        this.notes.isComplete = true;
        return;
      }
      if (item) {
        if (name === "item") {
          ready.push(item);
          item = null;
        } else if (name === "category" && term) {
          item.terms.push({ domain: term.domain, slug: term.slug.trim(), name: value.trim() });
          term = null;
        } else if (meta && parent === "wp:postmeta") {
          if (name === "wp:meta_key") meta.key = value.trim();
          else if (name === "wp:meta_value") meta.value = value;
        } else if (meta && name === "wp:postmeta") {
          if (meta.key && !item.meta.has(meta.key)) item.meta.set(meta.key, meta.value);
          meta = null;
        } else if (parent === "item") {
          if (name === "wp:post_id") item.postId = toId(value);
          else if (name === "wp:post_parent") item.postParent = toId(value);
          else {
            const field = ITEM_FIELDS[name];
            if (field) item[field] = field === "content" || field === "excerpt" ? value : value.trim();
          }
        }
        return;
      }
      this.closeChannelElement(name, parent, value.trim(), {
        author,
        channelTerm,
        endAuthor: () => (author = null),
        endTerm: () => (channelTerm = null),
      });
    };
    return parser;
  }

  private closeChannelElement(
    name: string,
    parent: string | undefined,
    value: string,
    open: {
      author: WxrAuthor | null;
      channelTerm: (WxrTerm & { taxonomy: string }) | null;
      endAuthor: () => void;
      endTerm: () => void;
    },
  ): void {
    const { author, channelTerm } = open;
    if (author) {
      if (name === "wp:author") {
        if (author.login) this.channel.authors.push(author);
        open.endAuthor();
      } else if (name === "wp:author_id") author.id = toId(value);
      else if (name === "wp:author_login") author.login = value;
      else if (name === "wp:author_email") author.email = value;
      else if (name === "wp:author_display_name") author.displayName = value;
      else if (name === "wp:author_first_name") author.firstName = value;
      else if (name === "wp:author_last_name") author.lastName = value;
      return;
    }
    if (channelTerm) {
      if (name === "wp:category" || name === "wp:tag" || name === "wp:term") {
        const { taxonomy, ...rest } = channelTerm;
        if (rest.slug && taxonomy === "category") this.channel.categories.push(rest);
        if (rest.slug && taxonomy === "post_tag") this.channel.tags.push(rest);
        open.endTerm();
      } else if (name === "wp:term_id") channelTerm.termId = toId(value);
      else if (name === "wp:term_taxonomy") channelTerm.taxonomy = value;
      else if (name === "wp:category_nicename" || name === "wp:tag_slug" || name === "wp:term_slug") {
        channelTerm.slug = value;
      } else if (name === "wp:cat_name" || name === "wp:tag_name" || name === "wp:term_name") channelTerm.name = value;
      else if (name === "wp:category_parent" || name === "wp:term_parent") channelTerm.parentSlug = value;
      else if (name === "wp:category_description" || name === "wp:tag_description" || name === "wp:term_description") {
        channelTerm.description = value;
      }
      return;
    }
    if (parent !== "channel") return;
    if (name === "title") this.channel.title = value;
    else if (name === "link") this.channel.link = value;
    else if (name === "wp:base_site_url") this.channel.baseSiteUrl = value;
    else if (name === "wp:base_blog_url") this.channel.baseBlogUrl = value;
    else if (name === "wp:wxr_version") this.channel.wxrVersion = value;
  }
}
