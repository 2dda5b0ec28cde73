import { randomInt } from "node:crypto";
import { request as httpRequest } from "node:http";

/**
 * HTTP from an address the portal does not trust as a proxy, for e2e tests and
 * bench/abuse.ts. The e2e server trusts 127.0.0.1 (the tests stand where the edge would,
 * playwright.config.ts), but the whole of 127.0.0.0/8 is loopback: connecting from another
 * address in it makes the caller an ordinary client whose X-Forwarded-For must be ignored.
 */

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A loopback address of its own for one test, so its limits and caps are its own. */
export function untrustedAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
}

export function fromAddress(localAddress: string, baseURL: string) {
  const origin = new URL(baseURL);
  return (
    path: string,
    options: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: origin.hostname,
          port: origin.port,
          path,
          method: options.method ?? "GET",
          headers: options.headers,
          localAddress,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
        },
      );
      req.on("error", reject);
      if (options.body) req.write(options.body);
      req.end();
    });
}

/** The view token an article page carries (the view beacon's data-view-token attribute). */
export function viewTokenIn(html: string): string {
  const token = /data-view-token="([A-Za-z0-9_-]{22})"/.exec(html)?.[1];
  if (!token) throw new Error("The article page carries no view token.");
  return token;
}
