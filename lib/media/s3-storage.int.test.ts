import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeMediaStorageContract } from "@/lib/testing/media-storage-contract";
import { freePort } from "@/lib/testing/server-process";
import { createS3Storage, ObjectStoreError, type S3Settings } from "./s3-storage";

/**
 * The S3 backend against a real S3-compatible server over HTTP: s3rver (npm), which
 * implements the object API (PUT, GET, DELETE, HEAD bucket, error documents) but, unlike
 * S3 or MinIO, checks only the access key, not the signature. The signature itself is
 * checked against AWS's published examples in s3-storage.test.ts.
 */

let server: S3rver;
let directory: string;
let settings: S3Settings;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "warta-s3-"));
  const port = await freePort();
  server = new S3rver({
    address: "127.0.0.1",
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: "warta-media", configs: [] }],
  });
  await server.run();
  settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "warta-media",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    isPathStyle: true,
    keyPrefix: "media/",
  };
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describeMediaStorageContract("s3 (s3rver)", () => createS3Storage(settings));

describe("s3 storage", () => {
  it("stores under the key prefix with the content type", async () => {
    const key = "0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0e/og.jpg";
    await createS3Storage(settings).put(key, new Uint8Array([255, 216, 255]), "image/jpeg");
    const response = await fetch(`${settings.endpoint}/warta-media/media/${key}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([255, 216, 255]));
  });

  it("reports a missing bucket, unknown credentials and an unreachable server as errors", async () => {
    await expect(createS3Storage({ ...settings, bucket: "no-such-bucket" }).check()).rejects.toMatchObject({
      status: 404,
    });
    const stranger = createS3Storage({ ...settings, accessKeyId: "NOBODY" });
    await expect(stranger.get("a/480.webp")).rejects.toMatchObject({
      name: "ObjectStoreError",
      message: expect.stringContaining("InvalidAccessKeyId"),
    });
    const closed = createS3Storage({ ...settings, endpoint: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });
    await expect(closed.check()).rejects.toBeInstanceOf(ObjectStoreError);
  });
});
