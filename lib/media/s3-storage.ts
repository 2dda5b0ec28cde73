import "server-only";
import { createHash, createHmac } from "node:crypto";
import { assertValidKey, type MediaStorage } from "./storage";

/**
 * Media storage in an S3-compatible object store (Amazon S3, MinIO, Ceph RGW, Garage,
 * Cloudflare R2, a province's own), so every instance reads and writes the same images.
 * Requests are signed with AWS Signature Version 4 by this module: four plain HTTP calls
 * (PUT, GET, DELETE objects; HEAD the bucket) do not need an SDK of several megabytes.
 */

export type S3Settings = {
  /** The service's base URL, e.g. https://s3.ap-southeast-3.amazonaws.com or http://127.0.0.1:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (`endpoint/bucket/key`, MinIO and most self-hosted stores) or in the host name (`bucket.endpoint/key`). */
  isPathStyle: boolean;
  /** Prefix of every object key, e.g. `media/`, when the bucket holds other things too. */
  keyPrefix?: string;
  /** Per-request deadline. */
  timeoutMs?: number;
};

export class ObjectStoreError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "ObjectStoreError";
  }
}

const EMPTY_SHA256 = createHash("sha256").update("").digest("hex");

function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: Uint8Array | string, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters (and `/` in paths). */
function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join("/");
}

/** `20261130T133000Z` and `20261130` for a date. */
function amzDates(at: Date): { dateTime: string; date: string } {
  const dateTime = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  return { dateTime, date: dateTime.slice(0, 8) };
}

/**
 * The headers of a SigV4-signed request (pure; exported for tests).
 * `headers` must not contain host or x-amz-*; they are added and signed here.
 */
export function signRequest(input: {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  at: Date;
}): Record<string, string> {
  const { dateTime, date } = amzDates(input.at);
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(input.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value.trim()]),
    ),
    host: input.url.host,
    "x-amz-content-sha256": input.payloadHash,
    "x-amz-date": dateTime,
  };
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((name) => `${name}:${headers[name]}\n`).join("");
  const signedHeaders = names.join(";");
  const query = [...input.url.searchParams.entries()]
    .map(([name, value]) => [encodeURIComponent(name), encodeURIComponent(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  const canonicalRequest = [
    input.method,
    input.url.pathname,
    query,
    canonicalHeaders,
    signedHeaders,
    input.payloadHash,
  ].join("\n");
  const scope = `${date}/${input.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", dateTime, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, date), input.region), "s3"), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

export function createS3Storage(settings: S3Settings, fetcher: typeof fetch = fetch): MediaStorage {
  const endpoint = new URL(settings.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, "");
  const timeoutMs = settings.timeoutMs ?? 10_000;

  function urlFor(objectKey: string | null): URL {
    const url = new URL(endpoint.href);
    const keyPath = objectKey === null ? "" : `/${encodePath(`${settings.keyPrefix ?? ""}${objectKey}`)}`;
    if (settings.isPathStyle) {
      url.pathname = `${basePath}/${encodePath(settings.bucket)}${keyPath}`;
    } else {
      url.hostname = `${settings.bucket}.${endpoint.hostname}`;
      url.pathname = `${basePath}${keyPath || "/"}`;
    }
    return url;
  }

  async function send(method: string, url: URL, body?: Uint8Array, headers: Record<string, string> = {}) {
    const signed = signRequest({
      method,
      url,
      headers,
      payloadHash: body ? sha256Hex(body) : EMPTY_SHA256,
      region: settings.region,
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      at: new Date(),
    });
    // fetch sets Host itself (from the URL, as signed); it refuses to take it from us.
    const sent = Object.fromEntries(Object.entries(signed).filter(([name]) => name !== "host"));
    try {
      return await fetcher(url, {
        method,
        headers: sent,
        body: body as Uint8Array<ArrayBuffer> | undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      // The message names the failure, never the credentials or the signed headers.
      throw new ObjectStoreError(`object store unreachable (${method}): ${(error as Error).message}`, null);
    }
  }

  async function fail(method: string, response: Response): Promise<never> {
    const text = await response.text().catch(() => "");
    const code = /<Code>([^<]{1,80})<\/Code>/.exec(text)?.[1];
    throw new ObjectStoreError(
      `object store answered ${response.status}${code ? ` ${code}` : ""} to ${method}`,
      response.status,
    );
  }

  return {
    async put(key, bytes, contentType) {
      assertValidKey(key);
      const response = await send("PUT", urlFor(key), bytes, { "content-type": contentType });
      if (!response.ok) await fail("PUT", response);
      await response.arrayBuffer();
    },
    async get(key) {
      assertValidKey(key);
      const response = await send("GET", urlFor(key));
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) await fail("GET", response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      assertValidKey(key);
      const response = await send("DELETE", urlFor(key));
      // S3 answers 204 for a missing key too; some stores answer 404.
      if (!response.ok && response.status !== 404) await fail("DELETE", response);
      await response.arrayBuffer();
    },
    async check() {
      const response = await send("HEAD", urlFor(null));
      if (!response.ok) await fail("HEAD", response);
    },
  };
}
