// @ts-check
/**
 * Content-Security-Policy and HSTS for every response (README, "Content Security Policy").
 *
 * Two policies, because the two halves of the site are served differently:
 * - Public pages are static and shared by every reader and every cache, so they cannot
 *   carry a per-request nonce. Next puts the page's own data into inline scripts
 *   (`self.__next_f.push(…)`) that differ on every page, so hashes cannot list them
 *   either. Scripts are therefore limited to this origin plus inline ones ('unsafe-inline');
 *   everything around them is as tight as the pages allow: nothing from other origins at
 *   all (images included: a tracker pixel in a body cannot load), no plugins, no <base>,
 *   no framing by other sites, forms only to this site, no inline event handlers.
 * - The dashboard, sign-in and password pages are rendered for each request, so
 *   they get a fresh nonce per response: inline scripts run only with that nonce (Next
 *   reads it from the request's CSP header and puts it on every script it writes). The one
 *   inline script a prerendered shell carries without a nonce, React's own timing line, is
 *   allowed by its hash.
 * Violations are reported to CSP_REPORT_PATH (app/api/csp-report), which logs them.
 */
import { createHash, randomBytes } from "node:crypto";

export const CSP_REPORT_PATH = "/api/csp-report";

/** React writes this into every prerendered HTML shell, before any nonce is known. */
const REACT_SHELL_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";
const REACT_SHELL_SCRIPT_HASH = `'sha256-${createHash("sha256").update(REACT_SHELL_SCRIPT).digest("base64")}'`;

// Rendered per request and never shared. Not /logout: it is a static confirmation page
// (nothing of the visitor's on it), and a fully static page is served with the inline
// scripts it was first rendered with, so no nonce of a later request can match them.
const NONCE_PREFIXES = ["/dashboard", "/login", "/ganti-sandi"];

/** @param {string} pathname */
export function usesNonce(pathname) {
  return NONCE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * @param {Record<string, string[]>} directives
 */
function serialise(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * A whole policy: the script and style sources given, the rest shared by both policies.
 * `script-src` must come before `script-src-attr`: Next takes the nonce from the first
 * directive whose name starts with "script-src".
 * @param {{ scripts: string[]; styles: string[] }} sources
 * @param {{ isDev: boolean; isHttps: boolean }} options
 */
function policy({ scripts, styles }, { isDev, isHttps }) {
  return serialise({
    "default-src": ["'self'"],
    "script-src": scripts,
    "script-src-attr": ["'none'"],
    "style-src": styles,
    // React and next/image write style attributes (text alignment, image placeholders).
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // The development server's hot reload talks over a WebSocket to this origin.
    "connect-src": isDev ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'self'"],
    // Gallery videos play from YouTube's privacy-enhanced host, and only after a click (lib/gallery).
    "frame-src": ["https://www.youtube-nocookie.com"],
    "form-action": ["'self'"],
    ...(isHttps ? { "upgrade-insecure-requests": [] } : {}),
    "report-uri": [CSP_REPORT_PATH],
  });
}

/**
 * The policy of public (shared, cached) pages.
 * @param {{ isDev: boolean; isHttps: boolean }} options
 */
export function publicPolicy(options) {
  return policy(
    {
      // The development server evaluates code for its error overlay; production never does.
      scripts: ["'self'", "'unsafe-inline'", ...(options.isDev ? ["'unsafe-eval'"] : [])],
      styles: ["'self'", ...(options.isDev ? ["'unsafe-inline'"] : [])],
    },
    options,
  );
}

/**
 * The policy of a per-request page, with its nonce.
 * @param {string} nonce
 * @param {{ isDev: boolean; isHttps: boolean }} options
 */
export function noncePolicy(nonce, options) {
  return policy(
    {
      scripts: ["'self'", `'nonce-${nonce}'`, REACT_SHELL_SCRIPT_HASH, ...(options.isDev ? ["'unsafe-eval'"] : [])],
      styles: ["'self'", ...(options.isDev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    },
    options,
  );
}

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Sets the response's CSP (and HSTS on an https site) before Next handles the request.
 * For a nonce page the policy also goes onto the request, where Next reads the nonce
 * from; a CSP header a client sent itself is dropped, so no one chooses a nonce.
 * @param {{ headers: Record<string, string | string[] | undefined> }} req
 * @param {{ setHeader(name: string, value: string): unknown }} res
 * @param {{ pathname: string; isDev: boolean; isHttps: boolean }} options
 */
export function applySecurityHeaders(req, res, { pathname, isDev, isHttps }) {
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  if (isHttps) res.setHeader("strict-transport-security", HSTS);
  if (usesNonce(pathname)) {
    const policy = noncePolicy(randomBytes(16).toString("base64"), { isDev, isHttps });
    req.headers["content-security-policy"] = policy;
    res.setHeader("content-security-policy", policy);
  } else {
    res.setHeader("content-security-policy", publicPolicy({ isDev, isHttps }));
  }
}
