// @ts-check
/**
 * Public pages without the framework's client runtime (README, "What ships to the browser").
 *
 * Every reader page is static HTML that needs no client rendering: text, images, links, a
 * GET search form. Next nevertheless sends each of them React, its router and the page's
 * own data a second time (the RSC payload in inline `self.__next_f.push(…)` scripts),
 * about 157 KB of gzipped JavaScript and seconds of main-thread work on a cheap phone,
 * so that links can navigate without a page load. For a reader that costs far more than
 * it saves, and Next has no switch to leave it out of App Router pages. So the server
 * takes it out of the HTML of public pages on the way to the reader:
 * - `<script src="/_next/…">` (React, the router, client components, polyfills);
 * - the inline scripts that only feed that runtime (the RSC payload, Turbopack's chunk list);
 * - `<link rel="preload|modulepreload">` of scripts under `/_next/`.
 * Everything else stays: styles, fonts, images, JSON-LD, and React's own small inline
 * scripts that reveal streamed parts of a page (`$RC`…). What interaction a page needs (the
 * copy-link button, the view beacon, the search form) is one small script of the site's
 * own, `/site.js`, written without any framework.
 *
 * Staff pages (dashboard, sign-in), error and not-found responses keep the runtime: they
 * need it (Next renders a 404 raised inside a page from the payload, in the browser).
 */
import { StringDecoder } from "node:string_decoder";
import { isPrivatePath } from "./response-policy.mjs";

/** Inline scripts that only feed the client runtime. */
const RUNTIME_INLINE = /^\s*\(?\s*(?:self\.__next_f\b|globalThis\[["']TURBOPACK["']\])/;
const FRAMEWORK_ASSET = /^\/_next\//;

/**
 * Whether a response's HTML is a reader page whose runtime is left out: a public page
 * that was found.
 * A body that is already encoded is not text to filter: it comes from a rewrite that Next
 * proxied back to this server, which filtered it on that pass.
 * @param {{ method: string; pathname: string; statusCode: number; contentType: string; contentEncoding?: string }} response
 */
export function isReaderDocument({ method, pathname, statusCode, contentType, contentEncoding = "" }) {
  return (
    (method === "GET" || method === "HEAD") &&
    (contentEncoding === "" || contentEncoding.toLowerCase() === "identity") &&
    statusCode === 200 &&
    /^text\/html\b/i.test(contentType) &&
    !isPrivatePath(pathname) &&
    !pathname.startsWith("/_next/")
  );
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/**
 * Whether an element (its whole text, `<script …>…</script>` or `<link …>`) belongs to the
 * client runtime.
 * @param {string} element
 */
export function isRuntimeElement(element) {
  const openTag = element.slice(0, element.indexOf(">") + 1);
  if (/^<link\b/i.test(openTag)) {
    const rel = (attribute(openTag, "rel") ?? "").toLowerCase();
    const href = attribute(openTag, "href") ?? "";
    const isScriptPreload = rel === "modulepreload" || (rel === "preload" && attribute(openTag, "as") === "script");
    return isScriptPreload && FRAMEWORK_ASSET.test(href);
  }
  const src = attribute(openTag, "src");
  if (src !== null) return FRAMEWORK_ASSET.test(src);
  const type = attribute(openTag, "type");
  if (type !== null && type !== "" && !/^(?:text|application)\/javascript$/i.test(type)) return false;
  const body = element.slice(openTag.length, element.length - "</script>".length);
  return RUNTIME_INLINE.test(body);
}

const ELEMENT_START = /<(script|link)\b/gi;
const SCRIPT_END = /<\/script>/gi;

/**
 * A streaming filter over a document's HTML: feed it the text as it arrives, it returns
 * what may go out now. An element cut by a chunk boundary is held back until it is whole.
 * Script bodies never contain `</script>` (React and Next escape it), so that ends them.
 */
export function createRuntimeFilter() {
  let pending = "";
  /** @param {boolean} isLast */
  function drain(isLast) {
    let out = "";
    let position = 0;
    ELEMENT_START.lastIndex = 0;
    for (let match = ELEMENT_START.exec(pending); match; match = ELEMENT_START.exec(pending)) {
      const start = match.index;
      const isScript = match[1]?.toLowerCase() === "script";
      // Searched from the element on, never by lowercasing the whole pending text: a page
      // holds dozens of scripts, and that would copy the document once for each.
      let endIndex = -1;
      let endLength = 1;
      if (isScript) {
        SCRIPT_END.lastIndex = start;
        const close = SCRIPT_END.exec(pending);
        if (close) {
          endIndex = close.index;
          endLength = close[0].length;
        }
      } else {
        endIndex = pending.indexOf(">", start);
      }
      if (endIndex === -1) {
        if (isLast) break;
        out += pending.slice(position, start);
        pending = pending.slice(start);
        return out;
      }
      const end = endIndex + endLength;
      const element = pending.slice(start, end);
      out += pending.slice(position, start) + (isRuntimeElement(element) ? "" : element);
      position = end;
      ELEMENT_START.lastIndex = end;
    }
    let rest = pending.slice(position);
    // A tag name cut by the chunk boundary ("…<scr"): keep it for the next chunk.
    const lastOpen = rest.lastIndexOf("<");
    if (!isLast && lastOpen !== -1 && rest.length - lastOpen < "<script".length) {
      out += rest.slice(0, lastOpen);
      rest = rest.slice(lastOpen);
    } else {
      out += rest;
      rest = "";
    }
    pending = rest;
    return out;
  }
  return {
    /** @param {string} text */
    push(text) {
      pending += text;
      return drain(false);
    },
    end() {
      return drain(true);
    },
  };
}

/**
 * Makes `res` leave the runtime out of a reader document. Call before the application
 * writes anything; whether the response is a reader document is decided when its headers
 * go out (content type and status are known then). Must sit inside any compression, so
 * that it sees the HTML as written.
 * @param {import("node:http").ServerResponse} res
 * @param {{ method: string; pathname: string }} request
 */
export function leaveOutRuntime(res, { method, pathname }) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  /** @type {{ filter: ReturnType<typeof createRuntimeFilter>; decoder: StringDecoder } | null | undefined} */
  let state;

  /** @param {number} [statusCode] @param {unknown} [headers] */
  function decide(statusCode = res.statusCode, headers = undefined) {
    if (state !== undefined) return state;
    const given = headers && typeof headers === "object" && !Array.isArray(headers) ? headers : {};
    /** @param {string} header */
    const headerValue = (header) =>
      String(Object.entries(given).find(([name]) => name.toLowerCase() === header)?.[1] ?? res.getHeader(header) ?? "");
    const contentType = headerValue("content-type");
    const contentEncoding = headerValue("content-encoding");
    state = isReaderDocument({ method, pathname, statusCode, contentType, contentEncoding })
      ? { filter: createRuntimeFilter(), decoder: new StringDecoder("utf8") }
      : null;
    // The body changes length: whatever Next measured no longer holds.
    if (state && !res.headersSent) {
      res.removeHeader("content-length");
      for (const name of Object.keys(given)) {
        if (name.toLowerCase() === "content-length") delete (/** @type {Record<string, unknown>} */ (given)[name]);
      }
    }
    return state;
  }

  /** @param {unknown} chunk @param {unknown} encoding */
  function text(chunk, encoding) {
    if (typeof chunk === "string") {
      return typeof encoding === "string" && !/^utf-?8$/i.test(encoding)
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding)).toString("utf8")
        : chunk;
    }
    return /** @type {StringDecoder} */ (state?.decoder).write(Buffer.from(/** @type {Uint8Array} */ (chunk)));
  }

  res.writeHead = /** @type {typeof res.writeHead} */ (
    /** @param {number} statusCode @param {unknown[]} rest */
    (statusCode, ...rest) => {
      decide(
        statusCode,
        rest.find((arg) => typeof arg === "object"),
      );
      return writeHead(statusCode, .../** @type {[]} */ (rest));
    }
  );
  res.write = /** @type {typeof res.write} */ (
    /** @param {unknown} chunk @param {unknown[]} rest */
    (chunk, ...rest) => {
      const filtering = decide();
      if (!filtering || chunk === undefined || chunk === null)
        return write(/** @type {never} */ (chunk), .../** @type {[]} */ (rest));
      const out = filtering.filter.push(text(chunk, rest[0]));
      const callback = rest.find((arg) => typeof arg === "function");
      return write(out, "utf8", /** @type {never} */ (callback));
    }
  );
  res.end = /** @type {typeof res.end} */ (
    /** @param {unknown[]} args */
    (...args) => {
      const filtering = decide();
      if (!filtering) return end(.../** @type {[]} */ (args));
      const [chunk, encoding] = args;
      const callback = /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === "function"));
      const hasChunk = chunk !== undefined && chunk !== null && typeof chunk !== "function";
      let out = hasChunk ? filtering.filter.push(text(chunk, encoding)) : "";
      out += filtering.filter.push(filtering.decoder.end()) + filtering.filter.end();
      return end(out, "utf8", /** @type {never} */ (callback));
    }
  );
}
