/**
 * What a reader gets for a public page that cannot be rendered because the database is
 * down: a short page of its own, status 503 with Retry-After, instead of a framework
 * error shell that shows nothing without JavaScript. Plain HTML with no scripts or styles,
 * so it needs nothing from the build and passes any content security policy.
 */

export const OUTAGE_RETRY_AFTER_SECONDS = "30";

const OUTAGE_HTML = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Layanan sedang gangguan</title>
</head>
<body>
<main>
<h1>Layanan sedang gangguan</h1>
<p>Layanan sedang gangguan, coba beberapa saat lagi. Halaman ini akan kembali dengan sendirinya.</p>
<p><a href="/">Kembali ke beranda</a></p>
</main>
</body>
</html>
`;

/**
 * Answers `res` with the outage page, and makes whatever the framework writes afterwards
 * a no-op (callbacks still run, so its stream finishes instead of waiting for ever).
 *
 * @param {import("node:http").ServerResponse} res
 * @param {(statusCode: number, headers?: import("node:http").OutgoingHttpHeaders) => unknown} writeHead the response's own writeHead
 * @param {boolean} withBody false for HEAD
 */
export function answerWithOutagePage(res, writeHead, withBody) {
  const body = Buffer.from(OUTAGE_HTML, "utf8");
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  // Anything the framework set for its own body no longer applies.
  for (const name of ["content-encoding", "content-length", "etag", "last-modified", "vary", "x-nextjs-cache"]) {
    res.removeHeader(name);
  }
  res.statusCode = 503;
  writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(withBody ? body.byteLength : 0),
    "retry-after": OUTAGE_RETRY_AFTER_SECONDS,
    "cache-control": "no-store",
  });
  if (withBody) write(body);
  end();

  /** @param {unknown[]} args */
  const runCallback = (args) => {
    const callback = args.find((arg) => typeof arg === "function");
    if (callback) process.nextTick(/** @type {() => void} */ (callback));
  };
  res.write = /** @type {typeof res.write} */ (
    (/** @type {unknown[]} */ ...args) => {
      runCallback(args);
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    (/** @type {unknown[]} */ ...args) => {
      runCallback(args);
      return res;
    }
  );
  res.writeHead = /** @type {typeof res.writeHead} */ (() => res);
}
